#pragma once

#include "read/datasetloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

class EventListModel;
class QListView;
class QSortFilterProxyModel;
class QSplitter;
class TalkTableModel;
class TalkTableView;

// The main window: wires item models to views and runs loading off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the inputs (the built-in dataset when empty) in the background and shows the result.
    void open(const QStringList &inputs);
    DatasetPtr dataset() const;
    bool isLoading() const;

signals:
    void datasetChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void loadFinished();
    void setDataset(DatasetPtr dataset);
    void eventSelectionChanged();
    void updateStatus();

    EventListModel *m_eventModel;
    TalkTableModel *m_talkModel;
    QSortFilterProxyModel *m_talkProxy;
    QListView *m_eventList;
    TalkTableView *m_talkTable;
    QSplitter *m_splitter;
    QFutureWatcher<DatasetLoader::Result> m_loadWatcher;
};
