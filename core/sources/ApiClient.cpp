// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sources/ApiClient.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <limits>

namespace rapport::sources {

namespace {

constexpr int kPollMs = 50;

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/** The API's own explanation ({"message": ...} on GitHub, {"errors": [...]} on Discourse). */
QString apiMessage(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString text = object.value(u"message").toString();
    if (text.isEmpty()) {
        const QJsonArray errors = object.value(u"errors").toArray();
        if (!errors.isEmpty())
            text = errors.first().toString();
    }
    text = text.simplified();
    return text.size() > 200 ? text.left(200) + u'…' : text;
}

} // namespace

ApiClient::ApiClient(QUrl baseUrl, ApiClientOptions options, std::function<bool()> keepGoing)
    : m_base(std::move(baseUrl)), m_options(options), m_keepGoing(std::move(keepGoing)),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setHeader(const QByteArray& name, const QByteArray& value)
{
    m_headers.append({name, value});
}

bool ApiClient::setSecretHeader(const QByteArray& name, const QByteArray& value, QString* error)
{
    if (m_base.scheme() != u"https" && !isLoopback(m_base)) {
        *error = tr("the token is not sent to %1 over unencrypted http; use an https address")
                     .arg(m_base.host());
        return false;
    }
    m_secretHeaders.append({name, value});
    return true;
}

QString ApiClient::shortUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
}

QHash<QString, QUrl> ApiClient::parseLinks(const QByteArray& header, const QUrl& base)
{
    static const QRegularExpression link(QStringLiteral(R"re(<([^>]*)>\s*;[^,<]*?rel\s*=\s*"?([^",;]+)"?)re"));
    QHash<QString, QUrl> links;
    for (auto it = link.globalMatch(QString::fromUtf8(header)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (const QString& rel : m.captured(2).split(u' ', Qt::SkipEmptyParts))
            links.insert(rel, base.resolved(QUrl(m.captured(1))));
    }
    return links;
}

bool ApiClient::pause(qint64 msecs)
{
    if (msecs <= 0)
        return !m_cancelled;
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [this, &loop] {
        if (m_keepGoing && !m_keepGoing()) {
            m_cancelled = true;
            loop.quit();
        }
    });
    done.start(int(qMin<qint64>(msecs, std::numeric_limits<int>::max())));
    poll.start(kPollMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !m_cancelled;
}

bool ApiClient::get(const ApiRequest& request, ApiReply* reply, QString* error)
{
    *reply = {};
    const QString where = shortUrl(request.url);
    const auto cancelled = [&] {
        m_cancelled = true;
        *error = tr("cancelled");
        return false;
    };
    const QLocale locale;
    // The last answer said the budget is spent: wait for it to come back first.
    if (m_budgetResetsAt.isValid()) {
        const QDateTime resetsAt = m_budgetResetsAt;
        m_budgetResetsAt = {};
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(resetsAt);
        if (wait > qint64(m_options.maxWaitSeconds) * 1000) {
            *error = tr("%1: the API's rate limit is used up until %2; sync again then")
                         .arg(where, locale.toString(resetsAt.toLocalTime(), QLocale::ShortFormat));
            return false;
        }
        if (wait > 0 && m_status)
            m_status(tr("Waiting for the API's rate limit (%n s)…", nullptr, int((wait + 999) / 1000)));
        if (!pause(wait))
            return cancelled();
    }

    QString problem; // why the last try failed, for the final message
    int attempt = 0;
    int rateLimitWaits = 0;
    while (attempt < qMax(1, m_options.attempts)) {
        if (m_keepGoing && !m_keepGoing())
            return cancelled();
        if (attempt > 0 && !pause(qint64(m_options.retryDelayMs) << qMin(attempt - 1, 10)))
            return cancelled();
        ++attempt;

        QNetworkRequest net(request.url);
        net.setTransferTimeout(m_options.timeoutMs);
        net.setRawHeader("Accept", request.accept);
        net.setRawHeader("User-Agent", "Rapport (community analytics)");
        for (const auto& [name, value] : std::as_const(m_headers))
            net.setRawHeader(name, value);
        // Secrets go only where the source points, not to a host a page link names.
        if (request.url.host() == m_base.host() && request.url.scheme() == m_base.scheme()
            && request.url.port() == m_base.port())
            for (const auto& [name, value] : std::as_const(m_secretHeaders))
                net.setRawHeader(name, value);
        if (!request.etag.isEmpty())
            net.setRawHeader("If-None-Match", request.etag);

        std::unique_ptr<QNetworkReply> answer(m_network->get(net));
        {
            QEventLoop loop;
            QObject::connect(answer.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer poll;
            QObject::connect(&poll, &QTimer::timeout, &loop, [this, &answer] {
                if (m_keepGoing && !m_keepGoing()) {
                    m_cancelled = true;
                    answer->abort();
                }
            });
            poll.start(kPollMs);
            if (!answer->isFinished())
                loop.exec(QEventLoop::ExcludeUserInputEvents);
        }
        ++m_requests;
        if (m_cancelled)
            return cancelled();

        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = answer->isOpen() ? answer->readAll() : QByteArray();
        const QNetworkReply::NetworkError netError = answer->error();
        const auto header = [&answer](const char* name) { return answer->rawHeader(name).trimmed(); };

        if (status == 0) { // no answer at all: refused, reset, timed out
            problem = netError == QNetworkReply::OperationCanceledError
                          ? tr("no answer within %1 s").arg(locale.toString(m_options.timeoutMs / 1000.0, 'g', 3))
                          : tr("no answer (%1)").arg(answer->errorString());
            continue;
        }

        // Rate limits: wait them out when the wait is bearable.
        const QByteArray retryAfter = header("Retry-After");
        const QByteArray remaining = header("X-RateLimit-Remaining");
        const QByteArray reset = header("X-RateLimit-Reset");
        if (status == 429 || (status == 403 && (!retryAfter.isEmpty() || remaining == "0"))) {
            qint64 waitMs = 60000;
            bool known = false;
            if (const qint64 seconds = retryAfter.toLongLong(&known); known)
                waitMs = seconds * 1000;
            else if (const qint64 at = reset.toLongLong(&known); known)
                waitMs = QDateTime::currentDateTimeUtc().msecsTo(QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()))
                         + 1000;
            waitMs = qMax<qint64>(waitMs, 0);
            const QDateTime until = QDateTime::currentDateTime().addMSecs(waitMs);
            if (waitMs > qint64(m_options.maxWaitSeconds) * 1000 || ++rateLimitWaits > m_options.maxRateLimitWaits) {
                *error = tr("%1: the API's rate limit is used up until %2 (HTTP %3); sync again then, "
                            "or give the source a token, which raises the limit")
                             .arg(where, locale.toString(until, QLocale::ShortFormat))
                             .arg(status);
                return false;
            }
            if (m_status)
                m_status(tr("Waiting for the API's rate limit (%n s)…", nullptr, int((waitMs + 999) / 1000)));
            if (!pause(waitMs))
                return cancelled();
            --attempt; // a rate limit is not a failed try
            continue;
        }

        if (status >= 500) {
            problem = tr("the server answered HTTP %1 %2")
                          .arg(status)
                          .arg(answer->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
            continue;
        }
        if (status == 304) {
            ++m_notModified;
            reply->status = status;
            reply->notModified = true;
            reply->etag = header("ETag").isEmpty() ? request.etag : header("ETag");
            const auto links = parseLinks(header("Link"), request.url);
            reply->next = links.value(QStringLiteral("next"));
            return true;
        }
        if (status == 401) {
            *error = tr("%1: the credentials were refused (HTTP 401%2); store a new token for this source")
                         .arg(where, apiMessage(body).isEmpty() ? QString() : QStringLiteral(": ") + apiMessage(body));
            return false;
        }
        if (status == 404) {
            *error = tr("%1: not found (HTTP 404); check the repository or forum address, and that the token "
                        "may read it")
                         .arg(where);
            return false;
        }
        if (status < 200 || status >= 300) {
            const QString message = apiMessage(body);
            *error = tr("%1: the server answered HTTP %2%3")
                         .arg(where)
                         .arg(status)
                         .arg(message.isEmpty() ? QString() : QStringLiteral(" (") + message + u')');
            return false;
        }
        if (netError != QNetworkReply::NoError) { // the answer began, then the connection broke
            problem = tr("the connection broke off after %n bytes (%1)", nullptr, int(body.size()))
                          .arg(answer->errorString());
            continue;
        }
        if (status == 204 || body.trimmed().isEmpty()) {
            reply->json = QJsonDocument(QJsonArray());
        } else {
            QJsonParseError parse;
            reply->json = QJsonDocument::fromJson(body, &parse);
            if (parse.error != QJsonParseError::NoError) {
                problem = tr("the answer is not valid JSON (%1 at byte %2 of %3)")
                              .arg(parse.errorString())
                              .arg(parse.offset)
                              .arg(body.size());
                continue;
            }
        }
        reply->status = status;
        reply->etag = header("ETag");
        const auto links = parseLinks(header("Link"), request.url);
        reply->next = links.value(QStringLiteral("next"));
        if (const QUrl last = links.value(QStringLiteral("last")); last.isValid())
            reply->lastPage = QUrlQuery(last).queryItemValue(QStringLiteral("page")).toInt();
        if (remaining == "0" && !reset.isEmpty())
            m_budgetResetsAt = QDateTime::fromSecsSinceEpoch(reset.toLongLong(), QTimeZone::utc());
        return true;
    }
    *error = tr("%1: %2 (tried %n times)", nullptr, attempt).arg(where, problem);
    return false;
}

} // namespace rapport::sources
