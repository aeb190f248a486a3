// libFuzzer harness: the ratings CSV reader and its row checks (importers/RatingsCsv.h).
// Every input must end in rows or InputErrors naming the file; nothing else may escape.
#include "FuzzPanel.h"
#include "importers/RatingsCsv.h"

#include <QBuffer>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const pd::RatingCatalog catalog = pd::RatingCatalog::fromPanel(pd::fuzz::fuzzPanel());
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    pd::ImportIssues issues;
    pd::checkRatingsCsv(buffer, QStringLiteral("fuzz.csv"), catalog, issues);
    for (const pd::ImportIssue &issue : issues.listed())
        if (!issue.text().startsWith(QLatin1String("fuzz.csv")))
            std::abort();   // every problem names the file
    return 0;
}
