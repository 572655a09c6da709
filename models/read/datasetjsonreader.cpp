#include "datasetjsonreader.h"

#include "data/datasetjson.h"

int DatasetJsonReader::sniff(const QString &fileName, QByteArrayView head) const
{
    const QByteArrayView trimmed = head.trimmed();
    if (!trimmed.startsWith('{'))
        return 0;
    if (trimmed.contains(QByteArrayView("conference-explorer/dataset")))
        return 100;
    // A JSON object without our marker may still be a (broken) dataset when named like one; schedule
    // JSON readers claim theirs with more certainty.
    return fileName.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive) ? 10 : 0;
}

ReadResult DatasetJsonReader::read(const QString &fileName, const QByteArray &content) const
{
    return DatasetJson::read(content, fileName);
}
