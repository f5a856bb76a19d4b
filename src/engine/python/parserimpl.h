#pragma once

#include "python/ast.h"
#include "python/tokenizer.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <utility>
#include <vector>

namespace retort::python {

// Bump allocator for the nodes (and their shared_ptr control blocks) of one parse: a few large
// blocks instead of one malloc/free per node. Nodes stay individually reference-counted
// (std::allocate_shared) and may outlive the parser and the Module (function objects keep their
// bodies); the arena frees its blocks when the parser is gone and the last node was released.
// Threading: allocate() only on the parsing thread; release() from any thread (atomic count).
class NodeArena {
public:
    // firstBlock: the expected size of the whole tree, so that a typical file needs one block
    explicit NodeArena(size_t firstBlock) : m_blockSize(firstBlock) {}
    NodeArena(const NodeArena &) = delete;
    NodeArena &operator=(const NodeArena &) = delete;

    void *allocate(size_t bytes)
    {
        bytes = (bytes + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
        if (size_t(m_end - m_cur) < bytes)
            grow(bytes);
        void *p = m_cur;
        m_cur += bytes;
        ++m_allocated;
        return p;
    }

    // The parser's reference: counts as every allocation still to come, so that nodes released
    // during the parse cannot bring the count to zero.
    static constexpr long ParserReference = 1L << 40;

    // Drops `count` references (one per released node, or the parser's at its end, see Parser);
    // the last one deletes the arena.
    void release(long count)
    {
        if (m_refs.fetch_sub(count, std::memory_order_acq_rel) == count)
            delete this;
    }
    long allocated() const { return m_allocated; }

private:
    struct Block {
        Block *next;
    };
    ~NodeArena()
    {
        while (m_blocks) {
            Block *b = m_blocks;
            m_blocks = b->next;
            ::operator delete(b);
        }
    }
    void grow(size_t bytes)
    {
        // later blocks 64 KiB: under malloc's mmap threshold
        if (m_blocks)
            m_blockSize = 64 * 1024;
        const size_t header = (sizeof(Block) + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
        const size_t size = std::max(m_blockSize, header + bytes);
        auto *b = static_cast<Block *>(::operator new(size)); // like make_shared on failure
        b->next = m_blocks;
        m_blocks = b;
        m_cur = reinterpret_cast<char *>(b) + header;
        m_end = reinterpret_cast<char *>(b) + size;
    }

    std::atomic<long> m_refs{ParserReference};
    long m_allocated = 0;
    Block *m_blocks = nullptr;
    char *m_cur = nullptr;
    char *m_end = nullptr;
    size_t m_blockSize = 0;
};

// The std allocator interface over a NodeArena, for std::allocate_shared: deallocation only
// drops one reference of the arena.
template<typename T>
struct ArenaAllocator {
    using value_type = T;
    NodeArena *arena;

    explicit ArenaAllocator(NodeArena *a) : arena(a) {}
    template<typename U>
    ArenaAllocator(const ArenaAllocator<U> &other) : arena(other.arena) {}
    T *allocate(size_t n) { return static_cast<T *>(arena->allocate(n * sizeof(T))); }
    void deallocate(T *, size_t) { arena->release(1); }
    template<typename U>
    bool operator==(const ArenaAllocator<U> &other) const { return arena == other.arena; }
};

// The identifiers of one parse, each text allocated once: the tree's names (a file says `op`,
// `sa`, `Column` dozens of times) share one QString's data. Open addressing, power-of-two table.
class NameTable {
public:
    QString intern(QStringView text)
    {
        if (m_slots.size() < 2 * (m_count + 1))
            rehash(m_slots.empty() ? 64 : 2 * m_slots.size());
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash(text) & mask;; i = (i + 1) & mask) {
            QString &slot = m_slots[i];
            if (slot.isNull()) {
                slot = text.toString();
                ++m_count;
                return slot;
            }
            if (sameText(slot, text))
                return slot;
        }
    }

private:
    static size_t hash(QStringView text)
    {
        size_t h = size_t(text.size());
        for (QChar c : text)
            h = h * 31 + c.unicode();
        return h ^ (h >> 15);
    }
    void rehash(size_t size)
    {
        std::vector<QString> old = std::exchange(m_slots, std::vector<QString>(size));
        const size_t mask = size - 1;
        for (QString &name : old) {
            if (name.isNull())
                continue;
            size_t i = hash(name) & mask;
            while (!m_slots[i].isNull())
                i = (i + 1) & mask;
            m_slots[i] = std::move(name);
        }
    }

    std::vector<QString> m_slots;
    size_t m_count = 0;
};

// Recursive-descent parser over the tokenizer's tokens (comments and non-logical line breaks
// dropped). Internal to parser*.cpp / fstring.cpp. Errors: the first one is kept in m_error and
// every parse function returns null from then on. One instance per parse; not shared.
// Subtrees are moved, not copied, into their parents: a shared_ptr copy is an atomic increment
// (and its destruction an atomic decrement), which showed in the profile.
class Parser {
public:
    // tokens: the logical tokens of the source (no Comment / Nl), ending with EndMarker.
    Parser(std::vector<Token> tokens, QString path, int lineOffset = 0);
    ~Parser();
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    Result<ModulePtr> module();
    Result<ExprPtr> singleExpression();

private:
    // tokens
    // Past the end every peek sees the final EndMarker (the token list always ends with one).
    const Token &peek(int ahead = 0) const
    {
        const size_t i = size_t(m_pos) + size_t(ahead);
        return i < m_tokens.size() ? m_tokens[i] : m_end;
    }
    const Token &next()
    {
        const Token &t = peek();
        if (size_t(m_pos) < m_tokens.size())
            ++m_pos;
        return t;
    }
    bool atOp(QStringView op, int ahead = 0) const { return peek(ahead).isOp(op); }
    bool atKeyword(QStringView kw, int ahead = 0) const { return peek(ahead).isName(kw); }
    bool acceptOp(QStringView op)
    {
        if (!atOp(op))
            return false;
        ++m_pos;
        return true;
    }
    bool acceptKeyword(QStringView kw)
    {
        if (!atKeyword(kw))
            return false;
        ++m_pos;
        return true;
    }
    bool expectOp(QStringView op);
    bool expectKeyword(QStringView kw);
    bool atExpressionStart() const;
    bool atSimpleOperand() const;
    int line() const { return peek().line + m_lineOffset; }
    std::nullptr_t fail(const QString &message, int line = 0);
    bool failed() const { return m_error.has_value(); }

    // statements (parser.cpp)
    bool statement(Block &out);
    bool simpleStatements(Block &out);
    StmtPtr simpleStatement();
    StmtPtr expressionStatement();
    StmtPtr importStatement();
    StmtPtr fromImportStatement();
    bool block(Block &out);
    StmtPtr ifStatement();
    StmtPtr whileStatement();
    StmtPtr forStatement();
    StmtPtr tryStatement();
    StmtPtr withStatement();
    StmtPtr functionDef(QList<ExprPtr> decorators, int line);
    StmtPtr classDef(QList<ExprPtr> decorators, int line);
    std::shared_ptr<Parameters> parameters(bool lambda);
    bool checkTarget(const ExprPtr &target, bool allowStar = true);
    QString dottedName();

    // expressions (parserexpr.cpp)
public:
    ExprPtr test();                 // conditional expression or lambda
private:
    ExprPtr testListStarExpr();     // a, *b, c  (tuple without parentheses)
    ExprPtr exprList();             // targets of for / comprehensions (stops before 'in')
    ExprPtr testList();             // a, b  (no stars)
    ExprPtr commaTuple(ExprPtr (Parser::*element)());
    ExprPtr starOrTest();
    ExprPtr lambdaExpr();
    ExprPtr orTest();
    ExprPtr andTest();
    ExprPtr notTest();
    ExprPtr comparison();
    ExprPtr binary(int level);
    ExprPtr factor();
    ExprPtr power();
    ExprPtr primary();
    ExprPtr atom();
    ExprPtr parenthesized();
    ExprPtr listDisplay();
    ExprPtr braceDisplay();
    ExprPtr callTrailer(ExprPtr func);
    ExprPtr subscriptTrailer(ExprPtr value);
    ExprPtr sliceItem();
    ExprPtr number(const Token &token);
    ExprPtr strings();
    bool comprehensionClauses(QList<Comprehension> &out);

    // f-strings (fstring.cpp)
    bool fstringParts(const Token &token, QList<ExprPtr> &parts);
    bool fstringBody(QStringView body, bool raw, QChar quote, int line, QList<ExprPtr> &parts,
                     int depth);

    ExprPtr makeExpr(ExprKind kind, int line) const;
    StmtPtr makeStmt(StmtKind kind, int line) const;

    std::vector<Token> m_tokens;
    int m_pos = 0;
    QString m_path;
    int m_lineOffset = 0;
    std::optional<Error> m_error;
    Token m_end;
    NodeArena *m_arena; // see NodeArena: released (not deleted) by the destructor
    NameTable m_names;
};

// The logical tokens of a source (tokenize() without Comment and Nl tokens), for the Parser.
// False with the tokenizer's error (line set, file empty) when the source does not tokenize.
bool logicalTokens(QStringView source, std::vector<Token> &tokens, Error &error);

// Appends a string constant to a JoinedStr's parts, merging it with a preceding constant.
void appendLiteral(QList<ExprPtr> &parts, const QString &text, int line);

// Fills ScopeInfo for a function body: names bound locally, declared global / nonlocal.
std::shared_ptr<ScopeInfo> computeScope(const Parameters &params, const Block &body);

} // namespace retort::python
