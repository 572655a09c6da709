#include "readerregistry.h"

#include "c3vocjsonreader.h"
#include "csvreader.h"
#include "datasetjsonreader.h"
#include "frabxmlreader.h"
#include "icalendarreader.h"
#include "sessionnotereader.h"
#include "writeupreader.h"

ReaderRegistry::ReaderRegistry()
{
    // One line per input format.
    m_readers.push_back(std::make_unique<DatasetJsonReader>());
    m_readers.push_back(std::make_unique<FrabXmlReader>());
    m_readers.push_back(std::make_unique<C3vocJsonReader>());
    m_readers.push_back(std::make_unique<CsvReader>());
    m_readers.push_back(std::make_unique<ICalendarReader>());
    m_readers.push_back(std::make_unique<SessionNoteReader>());
    m_readers.push_back(std::make_unique<WriteupReader>());
}

const ReaderRegistry &ReaderRegistry::instance()
{
    static const ReaderRegistry registry;
    return registry;
}

const Reader *ReaderRegistry::readerFor(const QString &fileName, QByteArrayView head) const
{
    const Reader *best = nullptr;
    int bestScore = 0;
    for (const auto &r : m_readers) {
        const int score = r->sniff(fileName, head);
        if (score > bestScore) {
            best = r.get();
            bestScore = score;
        }
    }
    return best;
}

const Reader *ReaderRegistry::reader(const QString &formatName) const
{
    for (const auto &r : m_readers) {
        if (r->formatName() == formatName)
            return r.get();
    }
    return nullptr;
}

QStringList ReaderRegistry::formatNames() const
{
    QStringList names;
    for (const auto &r : m_readers)
        names << r->formatName();
    return names;
}
