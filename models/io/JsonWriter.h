#pragma once
// A small streaming JSON emitter that keeps keys in the order they are written (QJsonObject
// sorts them) and formats numbers canonically, so that the same calls always give the same
// bytes. Used for panel files and the standings JSON.
//
//   JsonWriter w;                        // Indented: 2 spaces, one member per line
//   w.beginObject();
//   w.field("format", QStringLiteral("paneldesk-panel")).field("version", 1);
//   w.key("cut").beginObject(JsonWriter::Layout::Inline).field("eliminate", 1).endObject();
//   w.endObject();
//   QByteArray bytes = w.finish();       // no trailing newline
//
// Misuse (a value without a key inside an object, unbalanced containers, finish() on an
// incomplete document) throws std::logic_error; a non-finite number throws
// std::invalid_argument: JSON has no spelling for them.

#include <QAnyStringView>
#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace pd {

class JsonWriter {
public:
    enum class Style {
        Compact,    // no whitespace at all: {"a":1,"b":[1,2]}
        Indented,   // block containers one member per line, 2-space indentation
    };
    enum class Layout {
        Block,    // Indented style: one member per line
        Inline,   // Indented style: the whole container on one line, {"a": 1, "b": 2}
    };

    explicit JsonWriter(Style style = Style::Indented);

    JsonWriter &beginObject(Layout layout = Layout::Block);
    JsonWriter &endObject();
    JsonWriter &beginArray(Layout layout = Layout::Block);
    JsonWriter &endArray();

    // The next member's key; only directly inside an object.
    JsonWriter &key(QAnyStringView name);

    JsonWriter &value(QAnyStringView text);
    JsonWriter &value(double number);   // canonical form, see formatNumber()
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &nullValue();
    // String literals are UTF-8 (u"..." UTF-16). Without these, value("text") would
    // silently choose value(bool); any other pointer is refused at compile time.
    JsonWriter &value(const char *utf8) { return value(QAnyStringView(utf8)); }
    JsonWriter &value(const char16_t *utf16) { return value(QAnyStringView(utf16)); }
    template <typename T> JsonWriter &value(const T *) = delete;

    // key(name) followed by value(v).
    template <typename T> JsonWriter &field(QAnyStringView name, const T &v)
    {
        key(name);
        return value(v);
    }

    // The document; the writer must hold exactly one complete top-level value.
    QByteArray finish() const;

    // Shortest round-trip form, spelled as ECMAScript's Number.prototype.toString (the form
    // RFC 8785 canonical JSON uses): 25.0 -> 25, 0.1 -> 0.1, 1e-7 -> 1e-7, 1e21 -> 1e+21,
    // -0 -> 0. Throws std::invalid_argument for NaN and infinities.
    static QByteArray formatNumber(double number);
    // A JSON string literal with quotes: " and \ escaped, \b \f \n \r \t, every other
    // control character as \u00XX; everything else as UTF-8.
    static QByteArray quote(QAnyStringView text);

private:
    struct Frame {
        bool object = false;
        bool inlineLayout = false;
        int count = 0;           // members or elements written so far
        bool keyPending = false;
    };

    void beforeValue();
    void beforeMember();
    void separate(const Frame &frame);
    void newlineAndIndent(qsizetype depth);
    JsonWriter &begin(bool object, Layout layout);
    JsonWriter &end(bool object);

    Style m_style;
    QByteArray m_out;
    std::vector<Frame> m_stack;
    bool m_done = false;   // the top-level value is complete
};

} // namespace pd
