#include "topicfacetview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

TopicFacetView::TopicFacetView(QWidget *parent) : QWidget(parent), m_match(new QComboBox), m_list(new QListView)
{
    setObjectName(QStringLiteral("topicFacetView"));
    m_list->setObjectName(QStringLiteral("topicFacets"));
    m_list->setAccessibleName(tr("Topics"));
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(12, 12)); // the topic's color, as a small swatch
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_match->setObjectName(QStringLiteral("topicMatch"));
    m_match->setAccessibleName(tr("Talks need"));
    m_match->addItem(tr("any ticked topic"), int(TalkFilter::TopicMatch::Any));
    m_match->addItem(tr("all ticked topics"), int(TalkFilter::TopicMatch::All));

    auto *label = new QLabel(tr("&Topics"));
    label->setBuddy(m_list);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto *head = new QHBoxLayout;
    head->addWidget(label);
    head->addStretch();
    head->addWidget(m_match);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_list);

    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_showing)
            emit matchChanged();
    });
}

void TopicFacetView::setModel(QAbstractItemModel *facets)
{
    m_list->setModel(facets);
}

TalkFilter::TopicMatch TopicFacetView::match() const
{
    return TalkFilter::TopicMatch(m_match->currentData().toInt());
}

void TopicFacetView::setMatch(TalkFilter::TopicMatch match)
{
    m_showing = true;
    m_match->setCurrentIndex(m_match->findData(int(match)));
    m_showing = false;
}
