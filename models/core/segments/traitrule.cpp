#include "traitrule.h"

#include "calls/signalset.h"
#include "system/colontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <optional>

namespace dcsdesk {

namespace {

struct Token
{
    enum class Type { End, LParen, RParen, Symbol, Word, Number, String };
    Type type = Type::End;
    int position = 0;
    int length = 0;
    QString text; // the source text, or the unescaped content of a string
};

bool isBareChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('+');
}

bool isSymbolChar(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') ||
           c == QLatin1Char('>');
}

bool isNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)$"));
    return re.match(text).hasMatch();
}

// domain.md §9: any number of digits, then letters, dashes, underscores and more digits; that is,
// letters, digits, dashes and underscores, not digits only (the checker of a call reads keys the
// same way, so a key a call may send is a key a rule may name).
bool isKey(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]*[A-Za-z_-][A-Za-z0-9_-]*$"));
    return re.match(text).hasMatch();
}

bool toNumber(const QString &text, double *out)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(QStringView(text).trimmed(), &ok);
    if (ok)
        *out = v;
    return ok;
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}_]+"));
    QStringList words = text.toLower().split(separators, Qt::SkipEmptyParts);
    return words;
}

std::optional<TraitRule::Op> namedOperator(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("contains"))
        return TraitRule::Op::Contains;
    if (w == QLatin1String("matcheswords"))
        return TraitRule::Op::MatchesWords;
    if (w == QLatin1String("startswith"))
        return TraitRule::Op::StartsWith;
    if (w == QLatin1String("endswith"))
        return TraitRule::Op::EndsWith;
    if (w == QLatin1String("matchesregex"))
        return TraitRule::Op::MatchesRegex;
    return std::nullopt;
}

bool isKeyword(const QString &word, const char *keyword)
{
    return word.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

} // namespace

// Recursive descent over the token list; stops at the first error, which is what a user fixes
// first anyway.
class TraitRuleParser
{
public:
    explicit TraitRuleParser(TraitRule &rule) : m_rule(rule), m_text(rule.m_text) {}

    void run()
    {
        if (!tokenize())
            return;
        if (m_tokens.size() == 1) // only End: a blank rule
            return;
        const int root = parseOr();
        if (failed())
            return;
        const Token &t = peek();
        if (t.type != Token::Type::End) {
            if (t.type == Token::Type::RParen)
                fail(t, TraitRule::tr("This closing parenthesis has no opening one."));
            else if (t.type == Token::Type::Symbol || namedOperator(t.text))
                fail(t, TraitRule::tr(
                            "Expected AND, OR or the end of the rule. Each comparison is key, "
                            "operator, value; join comparisons with AND or OR."));
            else
                fail(t, TraitRule::tr("Expected AND, OR or the end of the rule."));
            return;
        }
        m_rule.m_root = root;
    }

private:
    bool failed() const { return m_rule.m_error.position >= 0; }

    void fail(int position, int length, const QString &message)
    {
        if (failed())
            return;
        m_rule.m_error.position = position;
        m_rule.m_error.length = qMax(1, length);
        m_rule.m_error.message = message;
        m_rule.m_nodes.clear();
        m_rule.m_keys.clear();
        m_rule.m_root = -1;
    }
    void fail(const Token &t, const QString &message) { fail(t.position, t.length, message); }

    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos]; }

    bool tokenize()
    {
        const int n = int(m_text.size());
        int i = 0;
        while (i < n) {
            const QChar c = m_text[i];
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token t;
            t.position = i;
            if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                t.type = c == QLatin1Char('(') ? Token::Type::LParen : Token::Type::RParen;
                t.length = 1;
                t.text = c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                t.type = Token::Type::String;
                int j = i + 1;
                bool closed = false;
                while (j < n) {
                    const QChar d = m_text[j];
                    if (d == QLatin1Char('\\') && j + 1 < n) {
                        t.text += m_text[j + 1];
                        j += 2;
                        continue;
                    }
                    if (d == QLatin1Char('"')) {
                        closed = true;
                        ++j;
                        break;
                    }
                    t.text += d;
                    ++j;
                }
                if (!closed) {
                    fail(i, 1, TraitRule::tr("This text has no closing double quote."));
                    return false;
                }
                t.length = j - i;
                i = j;
            } else if (isSymbolChar(c)) {
                int j = i;
                while (j < n && isSymbolChar(m_text[j]))
                    ++j;
                t.type = Token::Type::Symbol;
                t.text = m_text.mid(i, j - i);
                t.length = j - i;
                i = j;
            } else if (isBareChar(c)) {
                int j = i;
                while (j < n && isBareChar(m_text[j]))
                    ++j;
                t.text = m_text.mid(i, j - i);
                t.length = j - i;
                t.type = isNumber(t.text) ? Token::Type::Number : Token::Type::Word;
                i = j;
            } else if (c == QLatin1Char('\'')) {
                fail(i, 1, TraitRule::tr("Put text in double quotes (\"), not single quotes."));
                return false;
            } else if (c == QLatin1Char('&') || c == QLatin1Char('|')) {
                fail(i, 1,
                     TraitRule::tr("Unexpected character %1: join comparisons with AND or OR.")
                         .arg(c));
                return false;
            } else {
                fail(i, 1, TraitRule::tr("Unexpected character %1.").arg(c));
                return false;
            }
            m_tokens.append(t);
        }
        Token end;
        end.type = Token::Type::End;
        end.position = n;
        end.length = 1;
        m_tokens.append(end);
        return true;
    }

    int addNode(TraitRule::Node node)
    {
        m_rule.m_nodes.append(std::move(node));
        return int(m_rule.m_nodes.size() - 1);
    }

    // Joins operands into one n-ary node, so a long AND or OR chain stays flat and evaluating it
    // never recurses deeply.
    int join(TraitRule::Node::Kind kind, int left, int right)
    {
        TraitRule::Node &l = m_rule.m_nodes[left];
        if (l.kind == kind) { // AND and OR are associative: (a AND b) AND c is one AND
            l.children.append(right);
            return left;
        }
        TraitRule::Node node;
        node.kind = kind;
        node.children = {left, right};
        return addNode(std::move(node));
    }

    bool atWord(const char *keyword) const
    {
        const Token &t = peek();
        return t.type == Token::Type::Word && isKeyword(t.text, keyword);
    }

    int parseOr()
    {
        int left = parseAnd();
        while (!failed() && atWord("OR")) {
            next();
            const int right = parseAnd();
            if (failed())
                return -1;
            left = join(TraitRule::Node::Kind::Or, left, right);
        }
        return failed() ? -1 : left;
    }

    int parseAnd()
    {
        int left = parseUnary();
        while (!failed()) {
            if (atWord("AND")) {
                next();
            } else if (!atWord("NOT")) {
                break;
            }
            // "a NOT b" is "a AND NOT b"; parseUnary consumes the NOT.
            const int right = parseUnary();
            if (failed())
                return -1;
            left = join(TraitRule::Node::Kind::And, left, right);
        }
        return failed() ? -1 : left;
    }

    // Guards the recursion of NOT and parentheses against a hostile rule.
    bool enter(const Token &t)
    {
        if (++m_depth > TraitRule::MaxNesting) {
            fail(t, TraitRule::tr("The rule nests parentheses and NOT more than %1 levels deep.")
                        .arg(TraitRule::MaxNesting));
            return false;
        }
        return true;
    }

    int parseUnary()
    {
        if (atWord("NOT")) {
            if (!enter(peek()))
                return -1;
            next();
            const int operand = parseUnary();
            --m_depth;
            if (failed())
                return -1;
            TraitRule::Node node;
            node.kind = TraitRule::Node::Kind::Not;
            node.children = {operand};
            return addNode(std::move(node));
        }
        return parsePrimary();
    }

    int parsePrimary()
    {
        const Token &t = peek();
        if (t.type == Token::Type::LParen) {
            if (!enter(t))
                return -1;
            const Token open = next();
            const int inner = parseOr();
            --m_depth;
            if (failed())
                return -1;
            if (peek().type != Token::Type::RParen) {
                if (peek().type == Token::Type::End)
                    fail(open, TraitRule::tr("This parenthesis is never closed."));
                else
                    fail(peek(), TraitRule::tr("Expected AND, OR or a closing parenthesis."));
                return -1;
            }
            next();
            return inner;
        }
        return parseComparison();
    }

    int parseComparison()
    {
        const Token key = peek();
        switch (key.type) {
        case Token::Type::End:
            fail(key,
                 m_pos == 0
                     ? TraitRule::tr("Expected a key, such as c_make, or an opening parenthesis.")
                     : TraitRule::tr("The rule ends too early: expected a key, such as c_make, "
                                     "or an opening parenthesis."));
            return -1;
        case Token::Type::Word:
            break;
        case Token::Type::Number:
            fail(key, TraitRule::tr(
                          "%1 is not a valid key: use letters, digits, dashes and underscores, not "
                          "digits only, such as c_price or 123price.")
                          .arg(key.text));
            return -1;
        default:
            fail(key, TraitRule::tr("Expected a key, such as c_make, or an opening parenthesis."));
            return -1;
        }
        if (isKeyword(key.text, "AND") || isKeyword(key.text, "OR")) {
            fail(key, TraitRule::tr("%1 needs a comparison before and after it.").arg(key.text));
            return -1;
        }
        if (namedOperator(key.text)) {
            fail(key, TraitRule::tr(
                          "%1 is an operator; a key must come first, such as c_search %1 \"x\".")
                          .arg(key.text));
            return -1;
        }
        if (!isKey(key.text)) {
            fail(key, TraitRule::tr(
                          "%1 is not a valid key: use letters, digits, dashes and underscores, not "
                          "digits only, such as c_price or 123price.")
                          .arg(key.text));
            return -1;
        }
        next();

        const Token opToken = peek();
        TraitRule::Op op = TraitRule::Op::Equal;
        if (opToken.type == Token::Type::Symbol) {
            const QString &s = opToken.text;
            if (s == QLatin1String("=="))
                op = TraitRule::Op::Equal;
            else if (s == QLatin1String("!="))
                op = TraitRule::Op::NotEqual;
            else if (s == QLatin1String(">"))
                op = TraitRule::Op::Greater;
            else if (s == QLatin1String("<"))
                op = TraitRule::Op::Less;
            else if (s == QLatin1String(">=") || s == QLatin1String("=>"))
                op = TraitRule::Op::GreaterOrEqual;
            else if (s == QLatin1String("<="))
                op = TraitRule::Op::LessOrEqual;
            else if (s == QLatin1String("=")) {
                fail(opToken,
                     TraitRule::tr("Use == to test equality (a single = is not an operator)."));
                return -1;
            } else {
                fail(
                    opToken,
                    TraitRule::tr("%1 is not an operator. Use ==, !=, <, >, <=, >= or =>.").arg(s));
                return -1;
            }
        } else if (opToken.type == Token::Type::Word && namedOperator(opToken.text)) {
            op = *namedOperator(opToken.text);
        } else {
            fail(opToken,
                 TraitRule::tr("Expected an operator after %1: ==, !=, <, >, <=, >=, contains, "
                               "matcheswords, startswith, endswith or matchesregex.")
                     .arg(key.text));
            return -1;
        }
        next();

        const Token value = peek();
        TraitRule::Node node;
        node.kind = TraitRule::Node::Kind::Compare;
        node.op = op;
        node.key = key.text;
        if (value.type == Token::Type::Number) {
            node.text = value.text;
            node.numeric = toNumber(value.text, &node.number);
        } else if (value.type == Token::Type::String) {
            node.text = value.text;
            node.textNumber = isNumber(value.text.trimmed()) && toNumber(value.text, &node.number);
        } else {
            if (value.type == Token::Type::Word && !isKeyword(value.text, "AND") &&
                !isKeyword(value.text, "OR") && !isKeyword(value.text, "NOT"))
                fail(value, TraitRule::tr("Put text values in double quotes: %1 %2 \"%3\".")
                                .arg(key.text, opToken.text, value.text));
            else
                fail(value,
                     TraitRule::tr("Expected a value after %1: a number or text in double quotes.")
                         .arg(opToken.text));
            return -1;
        }
        if (op == TraitRule::Op::MatchesWords) {
            node.words = wordsOf(node.text);
            if (node.words.isEmpty()) {
                fail(value, TraitRule::tr("matcheswords needs at least one word."));
                return -1;
            }
        } else if (op == TraitRule::Op::MatchesRegex) {
            node.regex = QRegularExpression(node.text);
            if (!node.regex.isValid()) {
                // +1 skips the opening quote; escapes can shift the offset slightly.
                const int at = value.type == Token::Type::String
                                   ? value.position + 1 + int(node.regex.patternErrorOffset())
                                   : value.position;
                fail(
                    qMin(at, value.position + value.length - 1), 1,
                    TraitRule::tr("Invalid regular expression: %1.").arg(node.regex.errorString()));
                return -1;
            }
            node.regex.optimize();
        }
        next();
        if (!m_rule.m_keys.contains(node.key))
            m_rule.m_keys.append(node.key);
        return addNode(std::move(node));
    }

    TraitRule &m_rule;
    const QString &m_text;
    QVector<Token> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
};

TraitRule TraitRule::parse(const QString &text)
{
    TraitRule rule;
    rule.m_text = text;
    TraitRuleParser parser(rule);
    parser.run();
    return rule;
}

std::shared_ptr<const TraitRule> TraitRule::cached(const QString &text)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const TraitRule>> cache;
    // Bounded so that a long editing session cannot grow it without end; holders of a rule keep
    // their shared pointer when the cache is emptied.
    constexpr int MaxEntries = 50000;
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(text);
        if (it != cache.constEnd())
            return it.value();
    }
    auto rule = std::make_shared<const TraitRule>(parse(text));
    QMutexLocker lock(&mutex);
    if (cache.size() >= MaxEntries)
        cache.clear();
    cache.insert(text, rule);
    return rule;
}

QString TraitRule::check(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    return cached(text)->errorText();
}

QString TraitRule::errorMessage() const
{
    return isValid() ? QString() : parse(m_text).m_error.message;
}

QString TraitRule::errorText() const
{
    if (isValid())
        return {};
    return tr("Character %1: %2")
        .arg(m_error.position + 1)
        .arg(ColonText::continued(errorMessage()));
}

QString TraitRule::operatorText(Op op)
{
    switch (op) {
    case Op::Equal:
        return QStringLiteral("==");
    case Op::NotEqual:
        return QStringLiteral("!=");
    case Op::Greater:
        return QStringLiteral(">");
    case Op::Less:
        return QStringLiteral("<");
    case Op::GreaterOrEqual:
        return QStringLiteral(">=");
    case Op::LessOrEqual:
        return QStringLiteral("<=");
    case Op::Contains:
        return QStringLiteral("contains");
    case Op::MatchesWords:
        return QStringLiteral("matcheswords");
    case Op::StartsWith:
        return QStringLiteral("startswith");
    case Op::EndsWith:
        return QStringLiteral("endswith");
    case Op::MatchesRegex:
        return QStringLiteral("matchesregex");
    }
    return {};
}

bool TraitRule::evaluate(const SignalSet &callSignals) const
{
    if (m_root < 0)
        return false;
    return evaluateNode(m_root, callSignals);
}

bool TraitRule::evaluateNode(int index, const SignalSet &callSignals) const
{
    const Node &node = m_nodes[index];
    switch (node.kind) {
    case Node::Kind::And:
        for (int child : node.children) {
            if (!evaluateNode(child, callSignals))
                return false;
        }
        return true;
    case Node::Kind::Or:
        for (int child : node.children) {
            if (evaluateNode(child, callSignals))
                return true;
        }
        return false;
    case Node::Kind::Not:
        return !evaluateNode(node.children.constFirst(), callSignals);
    case Node::Kind::Compare: {
        // A comparison on a key the call does not carry is false, whatever the operator.
        const QStringList *values = callSignals.values(node.key);
        return values && compare(node, *values);
    }
    }
    return false;
}

// A number literal equals a value that reads as the same number (50 == "50.0"); text equals
// exactly the same text.
bool TraitRule::equalsAny(const Node &node, const QStringList &values)
{
    for (const QString &v : values) {
        double n = 0;
        if (node.numeric ? (toNumber(v, &n) && n == node.number) : v == node.text)
            return true;
    }
    return false;
}

bool TraitRule::compare(const Node &node, const QStringList &values)
{
    switch (node.op) {
    case Op::NotEqual:
        return !equalsAny(node, values);
    case Op::Equal:
        return equalsAny(node, values);
    case Op::Greater:
    case Op::Less:
    case Op::GreaterOrEqual:
    case Op::LessOrEqual:
        for (const QString &v : values) {
            int order = 0;
            double n = 0;
            if ((node.numeric || node.textNumber) && toNumber(v, &n))
                order = n < node.number ? -1 : (n > node.number ? 1 : 0);
            else if (node.numeric)
                continue; // a number literal never matches text
            else
                order = v.compare(node.text);
            const bool hit = node.op == Op::Greater          ? order > 0
                             : node.op == Op::Less           ? order < 0
                             : node.op == Op::GreaterOrEqual ? order >= 0
                                                             : order <= 0;
            if (hit)
                return true;
        }
        return false;
    case Op::Contains:
        for (const QString &v : values) {
            if (v.contains(node.text))
                return true;
        }
        return false;
    case Op::StartsWith:
        for (const QString &v : values) {
            if (v.startsWith(node.text))
                return true;
        }
        return false;
    case Op::EndsWith:
        for (const QString &v : values) {
            if (v.endsWith(node.text))
                return true;
        }
        return false;
    case Op::MatchesWords:
        for (const QString &v : values) {
            const QStringList words = wordsOf(v);
            for (const QString &w : node.words) {
                if (words.contains(w))
                    return true;
            }
        }
        return false;
    case Op::MatchesRegex:
        for (const QString &v : values) {
            if (node.regex.match(v).hasMatch())
                return true;
        }
        return false;
    }
    return false;
}

} // namespace dcsdesk
