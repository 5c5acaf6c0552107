// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// rapport-people-bench: how the People area feels on a large project (issue 5): opening the
// table, building the search index, search-as-you-type, column filters, sorting, scrolling
// and engagement levels, through the real PeopleView (offscreen).
//
//   rapport-people-bench --file PROJECT [--runs 5] [--edit]
//
// The project is opened read-only; with --edit it is opened for writing (a working copy in a
// temporary folder; nothing is saved) and edits are timed too. Make a project with
// `rapport-cli new big.rapport --demo large`.
#include "core/model/Clock.h"
#include "core/storage/ProjectFile.h"
#include "ui/ProjectSession.h"
#include "ui/people/DuplicatesDialog.h"
#include "ui/people/PeopleController.h"
#include "ui/people/PeopleFilterBar.h"
#include "ui/people/PeoplePrompts.h"
#include "ui/people/PeopleSearch.h"
#include "ui/people/PeopleTableModel.h"
#include "ui/people/PeopleView.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rapport;

namespace {

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

template<typename Condition> bool waitFor(Condition condition, int ms = 600000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

/** CPU milliseconds of the calling thread: what a step costs, whoever else shares the cores. */
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QString path;
    int runs = 5;
    bool edit = false;
    QString screenshot;
    bool duplicatesOnly = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--file" && i + 1 < args.size())
            path = args[++i];
        else if (args[i] == u"--runs" && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else if (args[i] == u"--edit")
            edit = true;
        else if (args[i] == u"--duplicates-only")
            duplicatesOnly = true;
        else if (args[i] == u"--screenshot" && i + 1 < args.size())
            screenshot = args[++i];
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: rapport-people-bench --file PROJECT [--runs 5]\n");
        return 2;
    }

    QTemporaryDir recovery;
    model::SystemClock clock;
    storage::ProjectEnvironment env{recovery.path(), QStringLiteral("bench"), QStringLiteral("bench"), &clock};
    storage::FileResult result;
    QElapsedTimer timer;
    timer.start();
    auto file = storage::ProjectFile::open(path, env, edit ? storage::OpenMode::ReadWrite : storage::OpenMode::ReadOnly,
                                           storage::RecoveryChoice::Discard, &result, storage::PageCheck::Deferred);
    if (!file) {
        std::fprintf(stderr, "rapport-people-bench: %s\n", qPrintable(result.message));
        return 1;
    }
    ui::ProjectSession session(std::move(file));
    ui::PeopleView view;
    view.resize(1400, 800);
    view.show();
    timer.restart();
    view.setSession(&session);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("people: %lld\n", static_cast<long long>(view.peopleCount()));
    std::printf("open (row keys by name, first page): %.0f ms\n", openMs);

    timer.restart();
    if (!waitFor([&] { return view.search()->isReady(); })) {
        std::fprintf(stderr, "rapport-people-bench: the index was not built\n");
        return 1;
    }
    std::printf("search index built in the background: %lld ms (wall %.0f ms), %.0f MB\n",
                static_cast<long long>(view.search()->lastBuildMs()), double(timer.nsecsElapsed()) / 1e6,
                double(view.search()->index()->memoryBytes()) / 1048576.0);

    if (duplicatesOnly) {
        timer.restart();
        view.showDuplicates();
        waitFor([&] { return !view.duplicatesDialog()->isScanning(); });
        std::printf("duplicates scan: %.0f ms, %zu pairs\n", double(timer.nsecsElapsed()) / 1e6,
                    view.duplicatesDialog()->suggestions().size());
        return 0;
    }
    if (!screenshot.isEmpty()) {
        // The area as a user first sees it, with someone selected: for looking at, not timing.
        view.selectKeys({view.model()->personKey(3)});
        QCoreApplication::processEvents();
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 300)
            QCoreApplication::processEvents();
        view.grab().save(screenshot);
        std::printf("screenshot: %s\n", qPrintable(screenshot));
        return 0;
    }

    QLineEdit* search = view.filterBar()->searchLineEdit();
    double lastCpu = 0;
    const auto apply = [&](const QString& text) {
        search->setText(text);
        QElapsedTimer t;
        t.start();
        const double cpu = threadCpuMs();
        emit search->returnPressed(); // what the debounce timer does 200 ms after the last key
        lastCpu = threadCpuMs() - cpu;
        return double(t.nsecsElapsed()) / 1e6;
    };
    // Typing a name letter by letter, then other searches.
    const QStringList typed = {QStringLiteral("m"),      QStringLiteral("ma"),       QStringLiteral("mar"),
                               QStringLiteral("mari"),   QStringLiteral("maria"),    QStringLiteral("maria g"),
                               QStringLiteral("gmail"),  QStringLiteral("@li"),      QStringLiteral("chen"),
                               QStringLiteral("zzzzqq"), QStringLiteral("e"),        QStringLiteral("github")};
    std::printf("\nsearch (text → rows shown, median of %d: wall ms, UI-thread CPU ms; filter + table reset):\n",
                runs);
    for (const QString& text : typed) {
        std::vector<double> times, cpus;
        for (int run = 0; run < runs; ++run) {
            apply(QString());
            times.push_back(apply(text));
            cpus.push_back(lastCpu);
        }
        std::printf("  %-10s %9d rows  %7.1f ms  %7.1f ms CPU\n", qPrintable(text), view.model()->rowCount(),
                    median(times), median(cpus));
    }
    apply(QString());

    std::printf("\nfilters (median of %d):\n", runs);
    const auto filter = [&](const char* name, auto choose, auto reset) {
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            choose();
            times.push_back(double(t.nsecsElapsed()) / 1e6);
            if (run + 1 < runs)
                reset();
        }
        std::printf("  %-22s %9d rows  %7.1f ms\n", name, view.model()->rowCount(), median(times));
    };
    auto* country = view.filterBar()->countryComboBox();
    auto* tag = view.filterBar()->tagComboBox();
    auto* company = view.filterBar()->companyComboBox();
    country->refill();
    tag->refill();
    company->refill();
    filter("country = first", [&] { country->setCurrentIndex(2); }, [&] { country->setCurrentIndex(0); });
    filter("+ tag = first", [&] { tag->setCurrentIndex(2); }, [&] { tag->setCurrentIndex(0); });
    filter("+ search \"an\"", [&] { apply(QStringLiteral("an")); }, [&] { apply(QString()); });
    view.filterBar()->clear();
    filter("company = first", [&] { company->setCurrentIndex(2); }, [&] { company->setCurrentIndex(0); });
    view.filterBar()->clear();

    std::printf("\nsorting (everyone):\n");
    const auto sortBy = [&](int column, Qt::SortOrder order, const char* name) {
        QElapsedTimer t;
        t.start();
        view.model()->sort(column, order);
        std::printf("  %-22s %7.0f ms\n", name, double(t.nsecsElapsed()) / 1e6);
    };
    sortBy(ui::PeopleTableModel::Company, Qt::AscendingOrder, "company (index)");
    sortBy(ui::PeopleTableModel::Country, Qt::DescendingOrder, "country desc (index)");
    sortBy(ui::PeopleTableModel::Joined, Qt::AscendingOrder, "joined (index)");
    sortBy(ui::PeopleTableModel::Name, Qt::AscendingOrder, "name (SQL, name index)");
    sortBy(ui::PeopleTableModel::Email, Qt::AscendingOrder, "email (SQL)");
    sortBy(ui::PeopleTableModel::Name, Qt::AscendingOrder, "name again");

    // Scrolling: jumping to random places reads a page of 256 rows each time.
    std::vector<double> pages;
    QRandomGenerator rng(7);
    for (int i = 0; i < 40; ++i) {
        const int row = int(rng.bounded(quint32(std::max(1, view.model()->rowCount()))));
        QElapsedTimer t;
        t.start();
        for (int r = row; r < std::min(view.model()->rowCount(), row + 40); ++r)
            for (int c = 0; c < ui::PeopleTableModel::ColumnCount; ++c)
                view.model()->index(r, c).data();
        pages.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("\nscroll to a random place (40 rows × 7 columns, a page read): median %.1f ms, max %.1f ms\n",
                median(pages), *std::max_element(pages.begin(), pages.end()));

    timer.restart();
    view.filterBar()->levelComboBox()->setCurrentIndex(4); // Advocate
    if (!waitFor([&] { return view.search()->hasLevels() && view.model()->isFiltered(); })) {
        std::fprintf(stderr, "rapport-people-bench: no levels\n");
        return 1;
    }
    std::printf("\nlevel = Advocate, levels computed in the background: %.0f ms, %d rows\n",
                double(timer.nsecsElapsed()) / 1e6, view.model()->rowCount());
    view.filterBar()->clear();

    timer.restart();
    view.showDuplicates();
    if (!waitFor([&] { return !view.duplicatesDialog()->isScanning(); })) {
        std::fprintf(stderr, "rapport-people-bench: the duplicates scan did not end\n");
        return 1;
    }
    std::printf("duplicates scan in the background: %.0f ms, %zu pairs\n", double(timer.nsecsElapsed()) / 1e6,
                view.duplicatesDialog()->suggestions().size());
    view.duplicatesDialog()->close();

    if (edit) {
        // Edits, each one undo step, as the user makes them: the command, then the view.
        struct Answers final : ui::PeoplePrompts
        {
            QString text;
            bool editPerson(QWidget*, model::Person*, const ui::PersonDialog::Suggestions&,
                            const ui::PersonDialog::Validator&) override { return false; }
            bool askText(QWidget*, const QString&, const QString&, const QStringList&, QString* value) override
            {
                *value = text;
                return true;
            }
            bool confirmDelete(QWidget*, const QString&, qint64) override { return true; }
            void showError(QWidget*, const QString& message) override
            {
                std::fprintf(stderr, "error: %s\n", qPrintable(message));
            }
        } answers;
        view.setPrompts(answers);
        QList<qint64> keys;
        for (int row = 0; row < 1000; ++row)
            keys << view.model()->personKey(row * 997 % view.model()->rowCount());
        const auto timed = [&](const char* name, auto step) {
            QElapsedTimer t;
            t.start();
            step();
            QCoreApplication::processEvents();
            std::printf("  %-34s %7.0f ms\n", name, double(t.nsecsElapsed()) / 1e6);
        };
        std::printf("\nedits (sorted by name):\n");
        view.selectKeys(keys);
        answers.text = QStringLiteral("bench-tag");
        timed("tag 1,000 people", [&] { view.controller()->addTagAction()->trigger(); });
        timed("undo", [&] { session.undoStack()->undo(); });
        timed("redo", [&] { session.undoStack()->redo(); });
        answers.text = QStringLiteral("Bench Corp");
        timed("set company of 1,000 people", [&] { view.controller()->setCompanyAction()->trigger(); });
        timed("undo", [&] { session.undoStack()->undo(); });
        view.selectKeys({keys.front()});
        timed("delete one person", [&] { view.controller()->deleteAction()->trigger(); });
        timed("undo", [&] { session.undoStack()->undo(); });
        view.selectKeys({keys[1], keys[2]});
        timed("merge two people", [&] { view.controller()->mergeAction()->trigger(); });
        timed("undo", [&] { session.undoStack()->undo(); });
        view.model()->sort(ui::PeopleTableModel::Company, Qt::AscendingOrder);
        view.selectKeys(keys);
        answers.text = QStringLiteral("Bench Corp");
        timed("set company, sorted by company", [&] { view.controller()->setCompanyAction()->trigger(); });
        timed("undo", [&] { session.undoStack()->undo(); });
    }
    std::printf("peak memory: %.0f MB\n", peakMb());
    view.setSession(nullptr);
    return 0;
}
