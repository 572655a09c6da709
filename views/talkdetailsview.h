#pragma once

#include "data/dataset.h"

#include <QTextBrowser>

// The pane at the right: everything known about one talk (speakers with affiliations, event and day,
// kind, topics with the evidence that gave them, recording and slide links, the sources it came from).
// Only palette colors, so light and dark palettes both read well.
class TalkDetailsView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TalkDetailsView(QWidget *parent = nullptr);

    void showTalk(const DatasetPtr &dataset, TalkIndex talk);
    void showNothing();
    TalkIndex talk() const { return m_talk; }

    // The HTML for one talk, separate from the widget so tests can read it.
    static QString html(const Dataset &dataset, const Talk &talk);

protected:
    void changeEvent(QEvent *event) override;

private:
    DatasetPtr m_dataset;
    TalkIndex m_talk;
};
