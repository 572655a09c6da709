#include "talktablemodel.h"

TalkTableModel::TalkTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void TalkTableModel::setDataset(DatasetPtr dataset)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    endResetModel();
}

int TalkTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_dataset)
        return 0;
    return int(m_dataset->talks.size());
}

int TalkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TalkTableModel::organizations(const Talk &talk) const
{
    QStringList orgs;
    for (const auto &s : talk.speakers) {
        const QString &a = m_dataset->str(s.affiliation);
        if (!a.isEmpty() && !orgs.contains(a))
            orgs << a;
    }
    for (const auto o : talk.organizations) {
        const QString &a = m_dataset->str(o);
        if (!orgs.contains(a))
            orgs << a;
    }
    return orgs.join(QLatin1StringView(", "));
}

QString TalkTableModel::topics(const Talk &talk) const
{
    QStringList labels;
    for (const auto &a : talk.topics)
        labels << m_dataset->topic(a.topic).label;
    return labels.join(QLatin1StringView(", "));
}

QVariant TalkTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Talk &t = m_dataset->talks[size_t(index.row())];
    switch (role) {
    case TalkIndexRole:
        return index.row();
    case EventIndexRole:
        return t.event.isValid() ? QVariant(t.event.value) : QVariant();
    case KindRole:
        return int(t.kind);
    case UrlRole:
        return t.url();
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return t.title;
        if (index.column() == LinkColumn)
            return t.url();
        break;
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case TitleColumn:
            return t.title;
        case SpeakersColumn:
            if (role == Qt::DisplayRole) {
                QStringList names;
                for (const auto &s : t.speakers)
                    names << m_dataset->str(s.name);
                return names.join(QLatin1StringView(", "));
            }
            return int(t.speakers.size());
        case OrganizationsColumn:
            return organizations(t);
        case EventColumn:
            if (!t.event.isValid())
                return role == SortRole ? QVariant(-1) : QVariant();
            return role == SortRole ? QVariant(t.event.value) : QVariant(m_dataset->event(t.event).name);
        case DayColumn:
            if (role == SortRole)
                return t.hasStart() ? t.startUtc : t.day.isValid() ? t.day.startOfDay(Qt::UTC).toSecsSinceEpoch() : qint64(0);
            if (t.hasStart())
                return QLocale().toString(t.start(), QStringLiteral("ddd d MMM yyyy HH:mm"));
            return t.day.isValid() ? QLocale().toString(t.day, QStringLiteral("ddd d MMM yyyy")) : QString();
        case KindColumn:
            return role == SortRole ? QVariant(int(t.kind)) : QVariant(talkKindLabel(t.kind));
        case TopicsColumn:
            return role == SortRole ? QVariant(int(t.topics.size())) : QVariant(topics(t));
        case LinkColumn:
            return t.url();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant TalkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TitleColumn: return tr("Title");
    case SpeakersColumn: return tr("Speakers");
    case OrganizationsColumn: return tr("Organizations");
    case EventColumn: return tr("Event");
    case DayColumn: return tr("Day");
    case KindColumn: return tr("Kind");
    case TopicsColumn: return tr("Topics");
    case LinkColumn: return tr("Link");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags TalkTableModel::flags(const QModelIndex &index) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    return QAbstractTableModel::flags(index);
}
