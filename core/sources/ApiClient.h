// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace rapport::sources {

/** How patient a sync is with a platform's API. */
struct ApiClientOptions
{
    int timeoutMs = 30000;     ///< a request that receives nothing for this long fails (and is retried)
    int attempts = 4;          ///< tries per request on 5xx, cut connections, timeouts, broken JSON
    int retryDelayMs = 1000;   ///< before the second try; doubled for each further one
    int maxWaitSeconds = 900;  ///< the longest a rate limit is waited out; longer: the sync fails
    int maxRateLimitWaits = 5; ///< rate-limit answers in a row before giving up
};

/** One GET: where, what media type, and the ETag of what we hold (If-None-Match). */
struct ApiRequest
{
    QUrl url;
    QByteArray accept = "application/json";
    QByteArray etag;
};

/** A successful answer (2xx or 304). */
struct ApiReply
{
    int status = 0;
    bool notModified = false; ///< 304: what we hold is current (json is empty)
    QJsonDocument json;       ///< the parsed body (2xx; 204 gives an empty array)
    QByteArray etag;
    QUrl next;                ///< the Link header's rel="next", resolved
    int lastPage = 0;         ///< the page number of rel="last", when the API says it
};

/**
 * GETs JSON from a platform's REST API, one request at a time, blocking the calling thread
 * (with a local event loop) until the answer is in. It is polite and stubborn:
 * - 5xx answers, timeouts, connections cut mid-answer and bodies that are not JSON are
 *   tried again after a growing pause;
 * - rate limits are waited out: 429 or 403 with Retry-After, or X-RateLimit-Remaining: 0
 *   with X-RateLimit-Reset (also before the next request, when an answer says the budget is
 *   spent); waits longer than maxWaitSeconds fail the sync instead, saying until when;
 * - conditional requests (If-None-Match) make a 304 cheap.
 * Headers set with setSecretHeader() (tokens) are sent only to the base URL's host, never
 * over plain http to another machine, and never appear in messages. keepGoing is asked
 * several times a second; when it says no, the request is aborted and get() fails with
 * wasCancelled().
 */
class ApiClient
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)

public:
    ApiClient(QUrl baseUrl, ApiClientOptions options, std::function<bool()> keepGoing);
    ~ApiClient();
    ApiClient(const ApiClient&) = delete;
    ApiClient& operator=(const ApiClient&) = delete;

    void setHeader(const QByteArray& name, const QByteArray& value);
    /** A header holding a secret; false with *error when it would travel unprotected (plain
     *  http to a machine other than this one). */
    bool setSecretHeader(const QByteArray& name, const QByteArray& value, QString* error);
    /** Told what the client is waiting for ("rate limit until 14:05"), for a status line. */
    void setStatusCallback(std::function<void(const QString&)> status) { m_status = std::move(status); }

    /** False with *error (naming the request, never a secret) or when cancelled. */
    bool get(const ApiRequest& request, ApiReply* reply, QString* error);

    bool wasCancelled() const { return m_cancelled; }
    int requestCount() const { return m_requests; }
    int notModifiedCount() const { return m_notModified; }

    /** The URL without scheme and host, for messages ("/repos/a/b/stargazers?page=2"). */
    static QString shortUrl(const QUrl& url);
    /** rel → URL of an RFC 8288 Link header. */
    static QHash<QString, QUrl> parseLinks(const QByteArray& header, const QUrl& base);

private:
    /** Waits msecs (cancellable); false when cancelled. */
    bool pause(qint64 msecs);

    QUrl m_base;
    ApiClientOptions m_options;
    std::function<bool()> m_keepGoing;
    std::function<void(const QString&)> m_status;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QList<std::pair<QByteArray, QByteArray>> m_headers, m_secretHeaders;
    QDateTime m_budgetResetsAt; ///< when the last answer said the budget was spent
    bool m_cancelled = false;
    int m_requests = 0;
    int m_notModified = 0;
};

} // namespace rapport::sources
