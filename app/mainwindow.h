#pragma once

#include "item/talkfilter.h"
#include "loadcontroller.h"

#include <QMainWindow>

class EventListModel;
class EventTreeModel;
class EventTreeView;
class FilterBar;
class ProblemsPanel;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;
class TalkDetailsView;
class TalkFilterProxy;
class TalkTableModel;
class TalkTableView;
class ThemeChartPanel;
class TopicFacetModel;
class TopicFacetView;

// The explorer window: the event tree and topic facets at the left, the talks (and later the charts)
// in tabs in the middle, the selected talk's details at the right, a filter bar above. It wires item
// models to views, keeps the one TalkFilter and runs loading off the GUI thread.
//
// For other panels (the charts): tabs() holds the centre tabs ("Talks" first); add a tab there.
// filter() and filterChanged() give the current filter, dataset() and searchIndex() what it applies
// to, and showTalksFor() is what a click on a chart calls to list the talks behind a bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the inputs (files and folders; the built-in dataset when empty) in the background and
    // shows the result. A newer open() replaces one still running.
    void open(const QStringList &inputs);
    DatasetPtr dataset() const;
    bool isLoading() const;
    // Shows a dataset built elsewhere (benchmarks, tests); `index` is built here when not given.
    void showDataset(DatasetPtr dataset, std::shared_ptr<const TalkSearchIndex> index = {});

    const TalkFilter &filter() const { return m_filter; }
    // The filter's index of the shown dataset (for panels that apply filter() themselves).
    const std::shared_ptr<const TalkSearchIndex> &searchIndex() const { return m_searchIndex; }
    void setFilter(const TalkFilter &filter);
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // Lists the talks of one event with one topic (keeping the search text and kind), on the Talks tab.
    void showTalksFor(EventIndex event, TopicIndex topic);
    void reload();
    void clearFilter();
    // Opens the recording (else the first link) of the current talk in the browser.
    void openCurrentRecording();

signals:
    void datasetChanged();
    void filterChanged(const TalkFilter &filter);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void updateRecentMenu();
    void addRecent(const QStringList &inputs);
    void loadStarted();
    void loadProgress(int done, int total);
    void loadFinished(const LoadController::Loaded &loaded);
    void loadEnded();
    // Reads the filter widgets into a TalkFilter and applies it.
    void filterEdited();
    void applyFilter(const TalkFilter &filter, bool force = false);
    void showFilterInWidgets(const TalkFilter &filter);
    void updateFacetCounts();
    void treeCurrentChanged();
    void tableCurrentChanged();
    void selectTalkInTree(TalkIndex talk);
    void setDarkPalette(bool dark);
    void updateStatus();

    EventListModel *m_eventModel;
    TalkTableModel *m_talkModel;
    TalkFilterProxy *m_talkProxy;
    EventTreeModel *m_treeModel;
    TalkFilterProxy *m_treeProxy;
    TopicFacetModel *m_facetModel;

    FilterBar *m_filterBar;
    EventTreeView *m_tree;
    TopicFacetView *m_facets;
    QTabWidget *m_tabs;
    TalkTableView *m_talkTable;
    ThemeChartPanel *m_themes = nullptr; // the "Themes" tab: theme charts (docs/charts.md)
    TalkDetailsView *m_details;
    ProblemsPanel *m_problems;
    QSplitter *m_splitter;
    QSplitter *m_leftSplitter;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;

    LoadController m_loader;
    QStringList m_inputs; // what the shown dataset was read from, for Reload
    std::shared_ptr<const TalkSearchIndex> m_searchIndex;
    TalkFilter m_filter;
    std::vector<quint8> m_scope; // talks under the tree's selection; empty: all
    bool m_firstDataset = true;
    bool m_syncingSelection = false;
};
