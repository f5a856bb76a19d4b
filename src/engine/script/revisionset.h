#pragma once

#include <QList>

#include <cstdint>
#include <vector>

namespace retort {

// A set of revisions of one RevisionMap, as a bitset over map indexes. Used for ancestor and
// descendant sets so that walks stay linear. Plain value type; not thread-safe for writes.
class RevisionSet {
public:
    RevisionSet() = default;
    explicit RevisionSet(int size) : m_size(size), m_words(size_t((size + 63) / 64), 0) {}

    int capacity() const { return m_size; }
    bool contains(int i) const
    {
        return i >= 0 && i < m_size && (m_words[size_t(i >> 6)] >> (i & 63)) & 1u;
    }
    void insert(int i) { m_words[size_t(i >> 6)] |= (uint64_t(1) << (i & 63)); }
    void remove(int i) { m_words[size_t(i >> 6)] &= ~(uint64_t(1) << (i & 63)); }
    bool isEmpty() const
    {
        for (uint64_t w : m_words)
            if (w)
                return false;
        return true;
    }
    int count() const
    {
        int n = 0;
        for (uint64_t w : m_words)
            n += __builtin_popcountll(w);
        return n;
    }
    void unite(const RevisionSet &o)
    {
        for (size_t k = 0; k < m_words.size() && k < o.m_words.size(); ++k)
            m_words[k] |= o.m_words[k];
    }
    void intersect(const RevisionSet &o)
    {
        for (size_t k = 0; k < m_words.size(); ++k)
            m_words[k] &= k < o.m_words.size() ? o.m_words[k] : 0;
    }
    void subtract(const RevisionSet &o)
    {
        for (size_t k = 0; k < m_words.size() && k < o.m_words.size(); ++k)
            m_words[k] &= ~o.m_words[k];
    }
    bool intersects(const RevisionSet &o) const
    {
        for (size_t k = 0; k < m_words.size() && k < o.m_words.size(); ++k)
            if (m_words[k] & o.m_words[k])
                return true;
        return false;
    }
    // Members in ascending index order (= map insertion order).
    QList<int> toList() const
    {
        QList<int> out;
        for (size_t k = 0; k < m_words.size(); ++k) {
            uint64_t w = m_words[k];
            while (w) {
                int b = __builtin_ctzll(w);
                out.append(int(k * 64) + b);
                w &= w - 1;
            }
        }
        return out;
    }
    static RevisionSet of(int size, const QList<int> &members)
    {
        RevisionSet s(size);
        for (int i : members)
            s.insert(i);
        return s;
    }
    bool operator==(const RevisionSet &o) const = default;

private:
    int m_size = 0;
    std::vector<uint64_t> m_words;
};

} // namespace retort
