// Identifier resolution (reference §3.2): get_revisions, get_revision, _revision_for_ident,
// _resolve_branch, filter_for_lineage, _walk.
#include "script/revisionresolver.h"

namespace retort {

using Links = RevisionMap::Links;

RevResult<QList<int>> RevisionResolver::resolveNumber(const QString &textIn, QString *branchLabel) const
{
    QString text = textIn;
    branchLabel->clear();
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        *branchLabel = text.left(at);
        text = text.mid(at + 1);
    }
    if (text == QLatin1String("heads")) {
        if (!branchLabel->isEmpty())
            return filterForLineage(m_map.heads(), *branchLabel);
        return m_map.realHeads();
    }
    if (text == QLatin1String("head")) {
        QList<int> hs = m_map.heads();
        if (!branchLabel->isEmpty()) {
            auto filtered = filterForLineage(hs, *branchLabel);
            if (!filtered)
                return filtered.error();
            hs = filtered.value();
        }
        if (hs.size() > 1)
            return RevisionError::multipleHeads(
                m_map.ids(hs), branchLabel->isEmpty() ? QStringLiteral("head") : *branchLabel + QStringLiteral("@head"));
        return hs;
    }
    // "base" / None (callers only pass symbolic names here)
    return QList<int>{};
}

// Python int(): optional whitespace, sign, digits (and single underscores between digits).
static bool pythonInt(const QString &s, long long *out)
{
    const QString t = s.trimmed();
    if (t.isEmpty())
        return false;
    int i = 0;
    bool neg = false;
    if (t[0] == u'+' || t[0] == u'-') {
        neg = t[0] == u'-';
        i = 1;
    }
    if (i >= t.size())
        return false;
    long long v = 0;
    bool lastDigit = false;
    for (; i < t.size(); ++i) {
        const QChar c = t[i];
        if (c == u'_' && lastDigit && i + 1 < t.size() && t[i + 1].isDigit()) {
            lastDigit = false;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return false;
        v = v * 10 + (c.unicode() - '0');
        lastDigit = true;
        if (v > (1LL << 50))
            return false;
    }
    *out = neg ? -v : v;
    return true;
}

namespace {

// "label@rest" -> label and rest ("" when there is no '@'); symbolic: rest is heads/head/base, or
// the whole text is empty.
struct LabelledText {
    QString label;
    QString text;
    bool symbolic = false;
};

LabelledText splitLabel(const QString &textIn)
{
    LabelledText out{{}, textIn, false};
    const qsizetype at = textIn.indexOf(u'@');
    if (at >= 0) {
        out.label = textIn.left(at);
        out.text = textIn.mid(at + 1);
    }
    out.symbolic = out.text == QLatin1String("heads") || out.text == QLatin1String("head")
                   || out.text == QLatin1String("base") || (out.text.isEmpty() && at < 0);
    return out;
}

} // namespace

RevResult<QList<int>> RevisionResolver::revisions(const QString &textIn) const
{
    const auto [label, text, symbolic] = splitLabel(textIn);
    QList<int> resolved;
    if (symbolic) {
        QString dummy;
        auto r = resolveNumber(textIn, &dummy);
        if (!r)
            return r.error();
        resolved = r.value();
    } else {
        long long n = 0;
        if (pythonInt(text, &n) && n < 0) {
            // branch@-n -> walk down from the real heads carrying that label
            QList<int> out;
            for (int h : m_map.realHeads()) {
                if (!label.isEmpty() && !m_map.branchLabels(h).contains(label))
                    continue;
                auto w = walk(h, int(n), {}, true);
                if (!w)
                    return w.error();
                out.append(w.value());
            }
            return out;
        }
        auto r = lookup(text, label);
        if (!r)
            return r.error();
        return QList<int>{r.value()};
    }
    // Symbolic results are looked up again with the branch check, like Alembic.
    QList<int> out;
    for (int r : resolved) {
        auto l = lookup(m_map.id(r), label);
        if (!l)
            return l.error();
        out.append(l.value());
    }
    return out;
}

RevResult<QList<int>> RevisionResolver::revisions(const QStringList &identifiers) const
{
    QList<int> out;
    for (const QString &s : identifiers) {
        auto r = revisions(s);
        if (!r)
            return r.error();
        out.append(r.value());
    }
    return out;
}

RevResult<int> RevisionResolver::revision(const QString &textIn) const
{
    const auto [label, text, symbolic] = splitLabel(textIn);
    if (!symbolic)
        return lookup(text, label);
    QString dummy;
    auto r = resolveNumber(textIn, &dummy);
    if (!r)
        return r.error();
    if (r->size() > 1)
        return RevisionError::multipleHeads(m_map.ids(r.value()), textIn);
    if (r->isEmpty()) {
        if (!label.isEmpty()) {   // _revision_for_ident((), label) still resolves the branch
            auto b = resolveBranch(label);
            if (!b)
                return b.error();
        }
        return kNoRevision;
    }
    return lookup(m_map.id(r->first()), label);
}

RevResult<int> RevisionResolver::resolveBranch(const QString &label) const
{
    const int exact = m_map.indexOf(label);
    if (exact >= 0)
        return exact;
    auto r = lookup(label);
    if (!r)
        return RevisionError::resolution(QStringLiteral("No such branch: '%1'").arg(label), label);
    return r;
}

RevResult<int> RevisionResolver::lookup(const QString &id, const QString &branchLabel) const
{
    int branchRev = kNoRevision;
    if (!branchLabel.isEmpty()) {
        auto b = resolveBranch(branchLabel);
        if (!b)
            return b.error();
        branchRev = b.value();
    }
    int revision = m_map.indexOf(id);
    if (revision < 0) {
        QList<int> candidates;
        QStringList candidateKeys;
        for (const QString &key : m_map.keys()) {
            if (key.size() > 3 && !id.isEmpty() && key.startsWith(id)) {
                candidates.append(m_map.indexOf(key));
                candidateKeys.append(key);
            }
        }
        if (branchRev >= 0 && !candidates.isEmpty()) {
            QList<int> keptIdx;
            QStringList keptKeys;
            for (qsizetype k = 0; k < candidates.size(); ++k) {
                auto f = filterForLineage({candidates[k]}, branchLabel);
                if (!f)
                    return f.error();
                if (!f->isEmpty()) {
                    keptIdx.append(candidates[k]);
                    keptKeys.append(candidateKeys[k]);
                }
            }
            candidates = keptIdx;
            candidateKeys = keptKeys;
        }
        if (candidates.isEmpty())
            return RevisionError::resolution(
                QStringLiteral("No such revision or branch '%1'%2")
                    .arg(id, id.size() < 4 ? QStringLiteral("; please ensure at least four characters are "
                                                            "present for partial revision identifier matches")
                                           : QString()),
                id);
        if (candidates.size() > 1) {
            QStringList quoted;
            for (qsizetype k = 0; k < candidateKeys.size() && k < 3; ++k)
                quoted.append(QStringLiteral("'%1'").arg(candidateKeys[k]));
            return RevisionError::resolution(
                QStringLiteral("Multiple revisions start with '%1': %2...").arg(id, quoted.join(QStringLiteral(", "))), id);
        }
        revision = candidates.first();
    }
    if (branchRev >= 0 && !m_map.sharesLineage(revision, branchRev, Links::Parents))
        return RevisionError::resolution(
            QStringLiteral("Revision %1 is not a member of branch '%2'").arg(m_map.id(revision), branchLabel), id);
    return revision;
}

RevResult<bool> RevisionResolver::sharesLineage(int target, const QList<int> &against, bool includeDependencies) const
{
    if (against.isEmpty())
        return true;
    const Links links = includeDependencies ? Links::WithDependencies : Links::Parents;
    RevisionSet related = m_map.ancestors({target}, links);
    related.unite(m_map.descendants({target}, links));
    for (int a : against)
        if (related.contains(a))
            return true;
    return false;
}

RevResult<QList<int>> RevisionResolver::filterForLineage(const QList<int> &targets, const QString &checkAgainst,
                                                         bool includeDependencies) const
{
    // _resolve_revision_number(check_against) -> (ids, label); shares = [label] + ids, each
    // then resolved with _revision_for_ident (no branch).
    QString text = checkAgainst, label;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        label = text.left(at);
        text = text.mid(at + 1);
    }
    QStringList shares;
    if (!label.isEmpty())
        shares.append(label);
    if (text == QLatin1String("heads") || text == QLatin1String("head") || text == QLatin1String("base")
        || (text.isEmpty() && at < 0)) {
        QString dummy;
        auto r = resolveNumber(checkAgainst, &dummy);
        if (!r)
            return r.error();
        shares.append(m_map.ids(r.value()));
    } else {
        shares.append(text);
    }
    if (shares.isEmpty())
        return targets;
    QList<int> against;
    for (const QString &s : shares) {
        auto r = lookup(s);
        if (!r)
            return r.error();
        against.append(r.value());
    }
    QList<int> out;
    for (int t : targets) {
        if (t < 0)
            continue;
        auto s = sharesLineage(t, against, includeDependencies);
        if (!s)
            return s.error();
        if (s.value())
            out.append(t);
    }
    return out;
}

RevResult<QList<int>> RevisionResolver::walkCandidates(int from, bool up, const QString &branchLabel) const
{
    if (up) {
        const QList<int> walkUp = from == kNoRevision ? m_map.bases() : m_map.nextRevisions(from);
        if (branchLabel.isEmpty())
            return walkUp;
        return filterForLineage(walkUp, branchLabel);
    }
    if (from == kBaseRevision)
        return QList<int>{};
    QList<int> children = from == kNoRevision ? m_map.heads() : m_map.downRevisions(from);
    if (children.isEmpty())
        children.append(kBaseRevision);
    return children;
}

RevResult<int> RevisionResolver::walk(int start, int steps, const QString &branchLabel, bool noOverwalk) const
{
    int initial = start;
    const int n = steps < 0 ? -steps : steps;
    for (int k = 0; k < n; ++k) {
        if (steps > 0 && initial == kBaseRevision)
            return RevisionError::other(QStringLiteral("Walked too far"));   // Alembic: assert
        auto c = walkCandidates(initial, steps > 0, branchLabel);
        if (!c)
            return c.error();
        if (c->isEmpty())
            return noOverwalk ? kNoRevision : initial;
        if (c->size() > 1)
            return RevisionError::other(QStringLiteral("Ambiguous walk"));
        initial = c->first();
    }
    return initial;
}

Result<QList<int>> RevisionResolver::resolve(const QString &text, ErrorStyle style) const
{
    auto r = revisions(text);
    if (!r)
        return r.error().toError(style);
    return r.value();
}

} // namespace retort
