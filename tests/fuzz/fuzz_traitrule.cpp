// Trait-rule parser (domain.md §9): any text must parse to a rule or to one error inside the
// text, never crash or recurse without bound; a valid rule evaluates over its own keys.
#include "calls/signalset.h"
#include "segments/traitrule.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const dcsdesk::TraitRule rule = dcsdesk::TraitRule::parse(text);
    if (rule.isValid()) {
        dcsdesk::SignalSet values;
        int i = 0;
        for (const QString &key : rule.keys())
            values.add(key, (i++ % 2) ? QStringLiteral("42") : QStringLiteral("a,\"b\",42"));
        rule.evaluate(values);
        rule.evaluate(dcsdesk::SignalSet());
    } else {
        const auto &e = rule.error();
        if (e.position < 0 || e.position > text.size() || e.length < 1 || e.message.isEmpty() ||
            rule.errorText().isEmpty())
            std::abort();
    }
    return 0;
}
