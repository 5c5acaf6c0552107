// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace rapport::test {

/**
 * A small HTTP/1.1 server on 127.0.0.1 that replays recorded API answers, for the sync
 * tests: nothing reaches the internet. Each route (a path with its query; the order of the
 * query items does not matter) serves its answers in turn, the last one again and again.
 * An answer can be a fault: a connection cut mid-body, closed before any answer, or never
 * answered. An answer with an ETag is answered 304 when the request holds that ETag in
 * If-None-Match. Unknown routes get 404. Every request is kept for the test to inspect.
 *
 * Recorded answers are files (tests/data/sources/…/NAME.http): the status line, headers,
 * a blank line and the body, as captured; `{base}` in them stands for this server's URL.
 * Runs on the thread that creates it; the client's local event loop serves it.
 */
class ReplayServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        enum class Fault { None, CutBody, CloseAtOnce, NeverAnswer };
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Fault fault = Fault::None;
        int cutAfter = 0; ///< CutBody: the body bytes sent before the connection is cut

        QByteArray header(const QByteArray& name) const;
        void setHeader(const QByteArray& name, const QByteArray& value);
    };
    struct Request
    {
        QByteArray target; ///< as sent: path?query
        QHash<QByteArray, QByteArray> headers; ///< names lower-case
    };

    explicit ReplayServer(QObject* parent = nullptr);
    ~ReplayServer() override;

    bool listen();
    /** http://127.0.0.1:PORT */
    QUrl baseUrl() const;

    /** Queues answers for a route ("/repos/a/b/stargazers?per_page=100"). */
    void add(const QString& target, const Response& response);
    /** Forgets a route's answers. */
    void clear(const QString& target);
    /** A recorded answer, `{base}` replaced. */
    Response load(const QString& file) const;
    /** A JSON answer with the given status. */
    static Response json(const QByteArray& body, int status = 200);

    const QList<Request>& requests() const { return m_requests; }
    /** The requests for a route. */
    QList<Request> requestsFor(const QString& target) const;
    void clearRequests() { m_requests.clear(); }

    /** Path + sorted, decoded query: how routes are matched. */
    static QString routeKey(const QString& target);

private:
    void serve(QTcpSocket* socket);

    QTcpServer m_server;
    QHash<QString, QList<Response>> m_routes;
    QHash<QString, int> m_served;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace rapport::test
