// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ProjectRepository.h"
#include "tests/ui/ProjectFixture.h"
#include "tests/ui/ScriptedPrompts.h"
#include "ui/MainWindow.h"
#include "ui/ProjectController.h"
#include "ui/ProjectSession.h"
#include "ui/surveys/CommentTableModel.h"
#include "ui/surveys/CommentsView.h"
#include "ui/surveys/QuestionDesigner.h"
#include "ui/surveys/QuestionListModel.h"
#include "ui/surveys/ResponseTableModel.h"
#include "ui/surveys/ResponsesView.h"
#include "ui/surveys/SurveyController.h"
#include "ui/surveys/SurveyListModel.h"
#include "ui/surveys/SurveysArea.h"
#include "ui/surveys/TableSupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace rapport;
using model::QuestionKind;
using ui::QuestionListModel;
using ui::SurveyListModel;

namespace {

/** One column of a query on db, as text. */
QStringList column(const QSqlDatabase& db, const QString& sql)
{
    QStringList values;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace

class TestSurveysArea : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsSurveysWithScores();
    void newRenameAndDeleteSurveyAreUndoable();
    void addingEachQuestionKindIsStoredAndUndone_data();
    void addingEachQuestionKindIsStoredAndUndone();
    void reorderingIsStored();
    void questionsAreEditedInPlace();
    void removingAQuestionAndUndoingRestoresItsAnswers();
    void responsesShowAnswersPerQuestionAndCanBeDeleted();
    void taggingACommentIsStoredAndFilters();
    void copiesSelectedRowsAsTsv();
    void readOnlyProjectCannotBeEdited();
    void theWindowListsSurveysThenChannels();

private:
    void openSession(storage::OpenMode mode = storage::OpenMode::ReadWrite);
    QSqlDatabase db() const { return m_session->file().database(); }
    QUndoStack* undo() const { return m_session->undoStack(); }
    /** Starts the editor of index with F2 and types text into it, then Return. */
    void typeInto(QTableView* view, const QModelIndex& index, const QString& text);
    QStringList storedQuestions() const;

    std::unique_ptr<test::UiTestFolder> m_folder;
    QString m_path;
    std::unique_ptr<ui::ProjectSession> m_session;
    std::unique_ptr<ui::SurveysArea> m_area;
    model::Uuid m_feedback;
    model::Uuid m_textQuestion;
    model::Uuid m_namedResponse;
};

void TestSurveysArea::init()
{
    m_folder = std::make_unique<test::UiTestFolder>();
    m_path = m_folder->path(QStringLiteral("surveys.rapport"));
    storage::FileResult result;
    auto file = storage::ProjectFile::create(m_path, m_folder->environment(), &result);
    QVERIFY2(file, qPrintable(result.message));
    {
        storage::Transaction transaction = file->transaction();
        storage::ProjectRepository repo(file->database(), m_folder->clock);
        model::Person ada;
        ada.displayName = QStringLiteral("Ada Lovelace");
        ada.identities = {{model::IdentityKind::Email, QStringLiteral("ada@example.org")}};
        QVERIFY(repo.people().create(ada));
        model::Person grace;
        grace.displayName = QStringLiteral("Grace Hopper");
        grace.identities = {{model::IdentityKind::Email, QStringLiteral("grace@example.org")}};
        QVERIFY(repo.people().create(grace));
        model::Campaign meetup;
        meetup.name = QStringLiteral("Spring Meetup");
        meetup.kind = model::CampaignKind::Meetup;
        QVERIFY(repo.campaigns().create(meetup));

        const auto question = [&](QuestionKind kind, const QString& text, bool required) {
            return model::Question{model::Uuid::createV7(m_folder->clock), kind, text, {}, 5, required};
        };
        model::Survey feedback;
        feedback.name = QStringLiteral("Meetup feedback");
        feedback.campaign = meetup.meta.id;
        feedback.questions = {question(QuestionKind::Nps, QStringLiteral("Recommend us?"), true),
                              question(QuestionKind::Text, QStringLiteral("What should we change?"), false),
                              question(QuestionKind::Csat, QStringLiteral("Satisfied?"), false)};
        QVERIFY(repo.surveys().create(feedback));
        m_feedback = feedback.meta.id;
        m_textQuestion = feedback.questions[1].id;
        const auto respond = [&](const model::Uuid& person, int minutes, int nps, const QString& text,
                                 int csat) {
            model::SurveyResponse r;
            r.survey = feedback.meta.id;
            r.person = person;
            r.submittedAt = QDateTime(QDate(2026, 2, 10), QTime(18, 0), Qt::UTC).addSecs(60 * minutes);
            r.answers = {{feedback.questions[0].id, nps, {}, {}}};
            if (!text.isEmpty())
                r.answers.append({m_textQuestion, std::nullopt, {}, text});
            r.answers.append({feedback.questions[2].id, csat, {}, {}});
            const auto stored = repo.surveys().create(r);
            if (!stored)
                qWarning() << stored.message;
            return r.meta.id;
        };
        m_namedResponse = respond(ada.meta.id, 0, 10, QStringLiteral("More talks about the docs"), 5);
        respond({}, 1, 3, QStringLiteral("Pricing is unclear"), 2);
        respond({}, 2, 8, QString(), 4);

        model::Survey onboarding;
        onboarding.name = QStringLiteral("Onboarding");
        onboarding.questions = {question(QuestionKind::Text, QStringLiteral("What was hard?"), false)};
        QVERIFY(repo.surveys().create(onboarding));
        QString error;
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    result = file->save();
    QVERIFY2(result, qPrintable(result.message));
    file.reset();
    openSession();
}

void TestSurveysArea::openSession(storage::OpenMode mode)
{
    m_area.reset();
    m_session.reset();
    storage::FileResult result;
    auto file = storage::ProjectFile::open(m_path, m_folder->environment(), mode,
                                           storage::RecoveryChoice::Ask, &result);
    QVERIFY2(file, qPrintable(result.message));
    m_session = std::make_unique<ui::ProjectSession>(std::move(file));
    m_area = std::make_unique<ui::SurveysArea>();
    m_area->resize(1000, 700);
    m_area->setSession(m_session.get());
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area.get()));
}

void TestSurveysArea::cleanup()
{
    if (m_area)
        m_area->setSession(nullptr);
    m_area.reset();
    m_session.reset();
    m_folder.reset();
}

void TestSurveysArea::typeInto(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor && editor != view);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits in a queued call, which hands the value on in another.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

QStringList TestSurveysArea::storedQuestions() const
{
    return column(db(), QStringLiteral("SELECT q.kind || ':' || q.text FROM survey_questions q "
                                       "JOIN surveys s ON s.key = q.survey_key "
                                       "WHERE s.name = 'Meetup feedback' ORDER BY q.position"));
}

void TestSurveysArea::listsSurveysWithScores()
{
    QAbstractItemModelTester tester(m_area->surveyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView* view = m_area->surveyTableView();
    QCOMPARE(view->model()->rowCount(), 2);
    // Sorted by name: Meetup feedback, Onboarding.
    const auto cell = [&](int row, int column) { return view->model()->index(row, column).data().toString(); };
    QCOMPARE(cell(0, SurveyListModel::Name), QStringLiteral("Meetup feedback"));
    QCOMPARE(cell(0, SurveyListModel::Campaign), QStringLiteral("Spring Meetup"));
    QCOMPARE(cell(0, SurveyListModel::Kind), QStringLiteral("NPS + CSAT"));
    QCOMPARE(cell(0, SurveyListModel::Responses), QStringLiteral("3"));
    QCOMPARE(cell(0, SurveyListModel::Nps), QStringLiteral("0")); // 1 promoter, 1 detractor of 3
    QCOMPARE(cell(0, SurveyListModel::Csat), QStringLiteral("67%")); // 5 and 4 of 5, 2, 4
    QCOMPARE(cell(1, SurveyListModel::Name), QStringLiteral("Onboarding"));
    QCOMPARE(cell(1, SurveyListModel::Kind), QStringLiteral("Questionnaire"));
    QCOMPARE(cell(1, SurveyListModel::Nps), QStringLiteral("—"));
    // The first survey is shown below the list.
    QCOMPARE(m_area->currentSurvey(), m_feedback);
    QCOMPARE(m_area->designer()->model()->rowCount(), 3);
    QCOMPARE(m_area->tabs()->tabText(1), QStringLiteral("Responses (3)"));
    QCOMPARE(m_area->tabs()->tabText(2), QStringLiteral("Comments (2)"));

    // Sorting by NPS puts the survey without answers first.
    view->sortByColumn(SurveyListModel::Nps, Qt::AscendingOrder);
    QCOMPARE(cell(0, SurveyListModel::Name), QStringLiteral("Onboarding"));
}

void TestSurveysArea::newRenameAndDeleteSurveyAreUndoable()
{
    QTableView* view = m_area->surveyTableView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QCOMPARE(column(db(), QStringLiteral("SELECT name FROM surveys ORDER BY name")),
             (QStringList{QStringLiteral("Meetup feedback"), QStringLiteral("New survey"),
                          QStringLiteral("Onboarding")}));
    QCOMPARE(column(db(), QStringLiteral("SELECT q.kind FROM survey_questions q JOIN surveys s "
                                         "ON s.key = q.survey_key WHERE s.name = 'New survey'")),
             QStringList{QStringLiteral("nps")});
    QVERIFY(m_session->isModified());
    const model::Uuid created = m_area->currentSurvey();
    QCOMPARE(m_area->surveyModel()->survey(created)->name, QStringLiteral("New survey"));

    typeInto(view, view->currentIndex().siblingAtColumn(SurveyListModel::Name),
             QStringLiteral("Docs survey"));
    QCOMPARE(column(db(), QStringLiteral("SELECT name FROM surveys WHERE id = '%1'").arg(created.toString())),
             QStringList{QStringLiteral("Docs survey")});
    // A taken name is refused and says so.
    typeInto(view, view->currentIndex().siblingAtColumn(SurveyListModel::Name),
             QStringLiteral("Onboarding"));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("already a survey called “Onboarding”")),
             qPrintable(m_area->messageBar()->text()));
    QCOMPARE(undo()->count(), 2);

    undo()->undo();
    QCOMPARE(m_area->surveyModel()->survey(created)->name, QStringLiteral("New survey"));
    undo()->undo();
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM surveys")), QStringList{QStringLiteral("2")});
    QCOMPARE(m_area->surveyTableView()->model()->rowCount(), 2);

    // Deleting a survey takes its responses; undo brings every row back.
    m_area->selectSurvey(m_feedback);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(column(db(), QStringLiteral("SELECT name FROM surveys")), QStringList{QStringLiteral("Onboarding")});
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_answers")), QStringList{QStringLiteral("0")});
    undo()->undo();
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_responses")), QStringList{QStringLiteral("3")});
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_answers")), QStringList{QStringLiteral("8")});
    QCOMPARE(m_area->surveyModel()->rowOf(m_feedback) >= 0, true);
}

void TestSurveysArea::addingEachQuestionKindIsStoredAndUndone_data()
{
    QTest::addColumn<QuestionKind>("kind");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("nps") << QuestionKind::Nps << QStringLiteral("nps") << QStringLiteral("0–10");
    QTest::newRow("csat") << QuestionKind::Csat << QStringLiteral("csat") << QStringLiteral("1–5");
    QTest::newRow("rating") << QuestionKind::Likert << QStringLiteral("likert") << QStringLiteral("1–5");
    QTest::newRow("single") << QuestionKind::SingleChoice << QStringLiteral("single")
                            << QStringLiteral("Option 1 · Option 2");
    QTest::newRow("multiple") << QuestionKind::MultiChoice << QStringLiteral("multi")
                              << QStringLiteral("Option 1 · Option 2");
    QTest::newRow("text") << QuestionKind::Text << QStringLiteral("text") << QStringLiteral("—");
}

void TestSurveysArea::addingEachQuestionKindIsStoredAndUndone()
{
    QFETCH(QuestionKind, kind);
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    ui::QuestionDesigner* designer = m_area->designer();
    QAbstractItemModelTester tester(designer->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView* view = designer->tableView();
    view->setCurrentIndex(designer->model()->index(0, QuestionListModel::Text)); // after the first
    const QStringList before = storedQuestions();

    QAction* add = designer->addQuestionAction(kind);
    QVERIFY(add && add->isEnabled());
    add->trigger();
    QStringList expected = before;
    expected.insert(1, stored + u':' + ui::SurveyController::defaultQuestionText(kind));
    QCOMPARE(storedQuestions(), expected);
    QCOMPARE(designer->model()->rowCount(), 4);
    QCOMPARE(view->currentIndex().row(), 1); // the new question is the current one
    QCOMPARE(designer->model()->index(1, QuestionListModel::Kind).data().toString(),
             ui::SurveyController::kindTitle(kind));
    QCOMPARE(designer->model()->index(1, QuestionListModel::Options).data().toString(), shown);
    QCOMPARE(undo()->undoText(), QStringLiteral("Add a question (%1)").arg(ui::SurveyController::kindTitle(kind)));

    undo()->undo();
    QCOMPARE(storedQuestions(), before);
    QCOMPARE(designer->model()->rowCount(), 3);
    undo()->redo();
    QCOMPARE(storedQuestions(), expected);
    QCOMPARE(designer->model()->rowCount(), 4);
}

void TestSurveysArea::reorderingIsStored()
{
    ui::QuestionDesigner* designer = m_area->designer();
    QTableView* view = designer->tableView();
    const QStringList before = storedQuestions();
    view->setFocus();
    view->setCurrentIndex(designer->model()->index(0, QuestionListModel::Text));
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    const QStringList moved{before[1], before[0], before[2]};
    QCOMPARE(storedQuestions(), moved);
    QCOMPARE(view->currentIndex().row(), 1); // the moved question stays current
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(storedQuestions(), (QStringList{before[1], before[2], before[0]}));
    QVERIFY(!designer->moveDownAction()->isEnabled()); // it is last now
    QTest::keyClick(view, Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(storedQuestions(), moved);
    undo()->undo();
    undo()->undo();
    undo()->undo();
    QCOMPARE(storedQuestions(), before);

    // Dragging the last question onto the first row puts it first (the drop the view makes).
    QuestionListModel* model = designer->model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2, QuestionListModel::Text)}));
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(0, 0)));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(0, 0));
    QCOMPARE(storedQuestions(), (QStringList{before[2], before[0], before[1]}));
    // Dropping between rows: the first question goes below the second.
    data.reset(model->mimeData({model->index(0, QuestionListModel::Text)}));
    model->dropMimeData(data.get(), Qt::MoveAction, 2, 0, {});
    QCOMPARE(storedQuestions(), (QStringList{before[0], before[2], before[1]}));
    // Dropped below the last row, it goes last.
    QVERIFY(model->flags({}) & Qt::ItemIsDropEnabled);
    data.reset(model->mimeData({model->index(0, QuestionListModel::Text)}));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
    QCOMPARE(storedQuestions(), (QStringList{before[2], before[1], before[0]}));
    undo()->undo();
    undo()->undo();
    undo()->undo();
    QCOMPARE(storedQuestions(), before);
}

void TestSurveysArea::questionsAreEditedInPlace()
{
    ui::QuestionDesigner* designer = m_area->designer();
    QTableView* view = designer->tableView();
    QuestionListModel* model = designer->model();
    typeInto(view, model->index(1, QuestionListModel::Text), QStringLiteral("What would you change?"));
    QCOMPARE(storedQuestions()[1], QStringLiteral("text:What would you change?"));

    // Required: Space on the check box.
    QCOMPARE(column(db(), QStringLiteral("SELECT required FROM survey_questions ORDER BY key LIMIT 3")),
             (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));
    view->setCurrentIndex(model->index(2, QuestionListModel::Required));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(column(db(), QStringLiteral("SELECT required FROM survey_questions ORDER BY key LIMIT 3")),
             (QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1")}));
    QCOMPARE(undo()->undoText(), QStringLiteral("Make “Satisfied?” required"));

    // A question with answers keeps its type; the refusal says why.
    QVERIFY(!m_area->controller()->changeQuestion(m_feedback, [&] {
        model::Question q = *model->question(1);
        q.kind = QuestionKind::Nps;
        return q;
    }()));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("its type cannot change")),
             qPrintable(m_area->messageBar()->text()));

    // Options of a new single-choice question, one per line.
    view->setCurrentIndex(model->index(2, QuestionListModel::Text));
    designer->addQuestionAction(QuestionKind::SingleChoice)->trigger();
    view->setFocus();
    view->setCurrentIndex(model->index(3, QuestionListModel::Options));
    QTest::keyClick(view, Qt::Key_F2);
    auto* options = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget());
    QVERIFY(options);
    options->setPlainText(QStringLiteral("Backend\nFrontend\n\nData"));
    view->setFocus(); // leaving the editor commits it
    QTRY_COMPARE(column(db(), QStringLiteral("SELECT options FROM survey_questions WHERE kind = 'single'")),
                 QStringList{QStringLiteral("[\"Backend\",\"Frontend\",\"Data\"]")});
    QCOMPARE(model->index(3, QuestionListModel::Options).data().toString(),
             QStringLiteral("Backend · Frontend · Data"));
    // One option is not a choice.
    QVERIFY(!model->setData(model->index(3, QuestionListModel::Options), QStringLiteral("Only")));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("at least two")),
             qPrintable(m_area->messageBar()->text()));
    QCOMPARE(model->index(3, QuestionListModel::Options).data().toString(),
             QStringLiteral("Backend · Frontend · Data"));
}

void TestSurveysArea::removingAQuestionAndUndoingRestoresItsAnswers()
{
    storage::SurveyRepository repo(db(), m_folder->clock);
    QVERIFY(repo.setAnswerTags({m_namedResponse, m_textQuestion}, {QStringLiteral("docs")}));
    const QString answers = QStringLiteral("SELECT a.response_key || ':' || a.question_key || ':' || "
                                           "ifnull(a.number, a.text) FROM survey_answers a ORDER BY 1");
    const QStringList before = column(db(), answers);
    const QStringList keysBefore = column(db(), QStringLiteral("SELECT key || id FROM survey_questions ORDER BY key"));
    ui::QuestionDesigner* designer = m_area->designer();
    QTableView* view = designer->tableView();
    view->setFocus();
    view->selectRow(1);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(designer->model()->rowCount(), 2);
    QCOMPARE(column(db(), answers).size(), before.size() - 2);
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_answer_tags")), QStringList{QStringLiteral("0")});

    undo()->undo();
    QCOMPARE(column(db(), answers), before);
    QCOMPARE(column(db(), QStringLiteral("SELECT key || id FROM survey_questions ORDER BY key")), keysBefore);
    QCOMPARE(repo.answerTags({m_namedResponse, m_textQuestion}), QStringList{QStringLiteral("docs")});
    QCOMPARE(designer->model()->rowCount(), 3);

    // The last question cannot go.
    view->selectAll();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(designer->model()->rowCount(), 3);
    QVERIFY(m_area->messageBar()->isVisible());
}

void TestSurveysArea::responsesShowAnswersPerQuestionAndCanBeDeleted()
{
    m_area->tabs()->setCurrentWidget(m_area->responsesView());
    QTableView* view = m_area->responsesView()->tableView();
    QAbstractItemModelTester tester(m_area->responsesView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Recommend us?"));
    QCOMPARE(model->index(0, ui::ResponseTableModel::Respondent).data().toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(model->index(1, ui::ResponseTableModel::Respondent).data().toString(), QStringLiteral("Anonymous"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("10"));
    QCOMPARE(model->index(0, 3).data().toString(), QStringLiteral("More talks about the docs"));
    QCOMPARE(model->index(2, 3).data().toString(), QString());

    // Linking the anonymous response to a person by e-mail, then an unknown address.
    typeInto(view, model->index(1, ui::ResponseTableModel::Respondent), QStringLiteral("grace@example.org"));
    QCOMPARE(model->index(1, ui::ResponseTableModel::Respondent).data().toString(), QStringLiteral("Grace Hopper"));
    typeInto(view, model->index(2, ui::ResponseTableModel::Respondent), QStringLiteral("nobody@example.org"));
    QVERIFY(m_area->messageBar()->text().contains(QStringLiteral("nobody@example.org")));
    // An NPS answer out of range is refused with the reason.
    typeInto(view, model->index(2, 2), QStringLiteral("11"));
    QVERIFY2(m_area->messageBar()->text().contains(QStringLiteral("11 is not between 0 and 10")),
             qPrintable(m_area->messageBar()->text()));
    typeInto(view, model->index(2, 2), QStringLiteral("9"));
    QCOMPARE(model->index(2, 2).data().toString(), QStringLiteral("9"));
    QCOMPARE(m_area->surveyTableView()->model()->index(0, SurveyListModel::Nps).data().toString(),
             QStringLiteral("+33"));

    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE person_key IS NOT NULL")),
             QStringList{QStringLiteral("1")});
    undo()->undo();
    QCOMPARE(model->rowCount(), 3);
    undo()->undo();
    undo()->undo();
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_responses WHERE person_key IS NOT NULL")),
             QStringList{QStringLiteral("1")});
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_answers WHERE number = 9")),
             QStringList{QStringLiteral("0")});
}

void TestSurveysArea::taggingACommentIsStoredAndFilters()
{
    m_area->tabs()->setCurrentWidget(m_area->commentsView());
    ui::CommentsView* comments = m_area->commentsView();
    QAbstractItemModelTester tester(comments->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTableView* view = comments->tableView();
    QAbstractItemModel* shown = view->model();
    QCOMPARE(shown->rowCount(), 2);
    QCOMPARE(shown->index(0, ui::CommentTableModel::Comment).data().toString(),
             QStringLiteral("More talks about the docs"));

    typeInto(view, shown->index(0, ui::CommentTableModel::Tags), QStringLiteral("docs, talks"));
    QCOMPARE(column(db(), QStringLiteral("SELECT tag FROM survey_answer_tags ORDER BY tag")),
             (QStringList{QStringLiteral("docs"), QStringLiteral("talks")}));
    QCOMPARE(shown->index(0, ui::CommentTableModel::Tags).data().toString(), QStringLiteral("docs, talks"));
    QCOMPARE(undo()->undoText(), QStringLiteral("Tag a comment"));

    // The second comment gets "docs" from the selection's Add Tag.
    view->selectRow(1);
    comments->tagSelected(QStringLiteral("Docs"));
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_answer_tags WHERE tag = 'Docs'")),
             QStringList{QStringLiteral("1")});

    // Filtering by tag, then the untagged ones.
    QComboBox* tags = comments->tagFilter();
    const int talks = tags->findText(QStringLiteral("talks (1)"));
    QVERIFY2(talks >= 0, qPrintable(QStringList([&] {
                 QStringList items;
                 for (int i = 0; i < tags->count(); ++i)
                     items << tags->itemText(i);
                 return items;
             }()).join(u'|')));
    QCOMPARE(tags->findText(QStringLiteral("docs (2)")) >= 0, true);
    tags->setCurrentIndex(talks);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, ui::CommentTableModel::Comment).data().toString(),
             QStringLiteral("More talks about the docs"));
    tags->setCurrentIndex(tags->findData(ui::CommentFilterModel::untagged()));
    QCOMPARE(shown->rowCount(), 0);
    undo()->undo(); // the second comment is untagged again
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, ui::CommentTableModel::Comment).data().toString(), QStringLiteral("Pricing is unclear"));
    tags->setCurrentIndex(tags->findText(QStringLiteral("docs (1)")));
    QCOMPARE(shown->rowCount(), 1);
    comments->searchEdit()->setText(QStringLiteral("pricing"));
    QCOMPARE(shown->rowCount(), 0);
    comments->searchEdit()->clear();

    // Saved, the tags are in the file.
    QVERIFY(m_session->save());
    storage::FileResult result;
    auto reopened = storage::ProjectFile::open(m_path, m_folder->environment(QStringLiteral("check")),
                                               storage::OpenMode::ReadOnly, storage::RecoveryChoice::Ask, &result);
    QVERIFY2(reopened, qPrintable(result.message));
    QCOMPARE(column(reopened->database(), QStringLiteral("SELECT tag FROM survey_answer_tags ORDER BY tag")),
             (QStringList{QStringLiteral("docs"), QStringLiteral("talks")}));
    reopened.reset();

    undo()->undo();
    QCOMPARE(column(db(), QStringLiteral("SELECT count(*) FROM survey_answer_tags")), QStringList{QStringLiteral("0")});
    QCOMPARE(tags->currentIndex(), 0); // the tag is gone: every comment shows
    QCOMPARE(shown->rowCount(), 2);
}

void TestSurveysArea::copiesSelectedRowsAsTsv()
{
    QTableView* view = m_area->surveyTableView();
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("Survey\tCampaign\tKind\tResponses\tNPS\tCSAT\n"
                            "Meetup feedback\tSpring Meetup\tNPS + CSAT\t3\t0\t67%\n"));
}

void TestSurveysArea::readOnlyProjectCannotBeEdited()
{
    openSession(storage::OpenMode::ReadOnly);
    QVERIFY(m_session->isReadOnly());
    QVERIFY(!m_area->newSurveyAction()->isEnabled());
    QVERIFY(!m_area->removeSurveyAction()->isEnabled());
    QVERIFY(!m_area->designer()->addQuestionAction(QuestionKind::Nps)->isEnabled());
    QVERIFY(!m_area->designer()->removeAction()->isEnabled());
    QVERIFY(!m_area->commentsView()->addTagAction()->isEnabled());
    QVERIFY(!(m_area->designer()->model()->flags(m_area->designer()->model()->index(0, 1)) & Qt::ItemIsEditable));
    QVERIFY(m_area->controller()->addQuestion(m_feedback, QuestionKind::Text).isNull());
    QVERIFY(m_area->messageBar()->text().contains(QStringLiteral("read-only")));
    QCOMPARE(undo()->count(), 0);
    QCOMPARE(m_area->designer()->model()->rowCount(), 3);
}

void TestSurveysArea::theWindowListsSurveysThenChannels()
{
    m_area.reset();
    m_session.reset(); // lets the window open the project
    QSettings settings(m_folder->path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    test::ScriptedPrompts prompts;
    ui::MainWindow window(m_folder->environment(), settings, &prompts);
    QStringList titles;
    for (const ui::Area* area : window.areas())
        titles << area->areaTitle();
    QCOMPARE(titles.mid(0, 2), (QStringList{QStringLiteral("Dashboard"), QStringLiteral("People")}));
    QCOMPARE(titles.mid(titles.size() - 2),
             (QStringList{QStringLiteral("Surveys"), QStringLiteral("Channels & goals")}));
    QVERIFY(window.controller()->openPath(m_path));
    auto* surveys = qobject_cast<ui::SurveysArea*>(window.areas().at(titles.indexOf(QStringLiteral("Surveys"))));
    QVERIFY(surveys);
    window.showArea(int(titles.indexOf(QStringLiteral("Surveys"))));
    QCOMPARE(window.currentArea(), surveys);
    QCOMPARE(surveys->surveyTableView()->model()->rowCount(), 2);
    surveys->newSurveyAction()->trigger();
    QCOMPARE(window.stateLabel()->text(), QStringLiteral("Modified"));
    QCOMPARE(surveys->surveyTableView()->model()->rowCount(), 3);
    prompts.unsaved = ui::ProjectPrompts::UnsavedAnswer::Discard;
    QVERIFY(window.controller()->closeProject());
    QCOMPARE(surveys->surveyTableView()->model()->rowCount(), 0);
}

QTEST_MAIN(TestSurveysArea)
#include "tst_surveys_area.moc"
