// SPDX-FileCopyrightText: 2026 The Rapport authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/ReplayServer.h"

#include <QFile>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

namespace rapport::test {

QByteArray ReplayServer::Response::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

void ReplayServer::Response::setHeader(const QByteArray& name, const QByteArray& value)
{
    for (auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0) {
            v = value;
            return;
        }
    }
    headers.append({name, value});
}

ReplayServer::ReplayServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

ReplayServer::~ReplayServer()
{
    // Connections still open (a request left unanswered) close with the server: not to us.
    for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
        socket->disconnect(this);
}

bool ReplayServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl ReplayServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QString ReplayServer::routeKey(const QString& target)
{
    const QUrl url(target);
    QList<std::pair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    QStringList parts;
    for (const auto& [name, value] : items)
        parts << name + u'=' + value;
    return url.path(QUrl::FullyDecoded) + u'?' + parts.join(u'&');
}

void ReplayServer::add(const QString& target, const Response& response)
{
    m_routes[routeKey(target)].append(response);
}

void ReplayServer::clear(const QString& target)
{
    m_routes.remove(routeKey(target));
    m_served.remove(routeKey(target));
}

ReplayServer::Response ReplayServer::load(const QString& file) const
{
    Response response;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("ReplayServer: cannot read %s", qPrintable(file));
        response.status = 500;
        return response;
    }
    QByteArray text = f.readAll();
    text.replace("{base}", baseUrl().toString().toUtf8());
    const qsizetype split = text.indexOf("\n\n");
    const QByteArray head = text.left(split < 0 ? text.size() : split);
    response.body = split < 0 ? QByteArray() : text.mid(split + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> status = lines.value(0).split(' ');
    response.status = status.value(1).toInt();
    response.reason = lines.value(0).mid(lines.value(0).indexOf(' ', 9) + 1).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            response.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    return response;
}

ReplayServer::Response ReplayServer::json(const QByteArray& body, int status)
{
    Response response;
    response.status = status;
    response.reason = status == 200 ? "OK" : "Status";
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    response.body = body;
    return response;
}

QList<ReplayServer::Request> ReplayServer::requestsFor(const QString& target) const
{
    QList<Request> found;
    const QString key = routeKey(target);
    for (const Request& r : m_requests)
        if (routeKey(QString::fromUtf8(r.target)) == key)
            found.append(r);
    return found;
}

void ReplayServer::serve(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.clear();
    Request request;
    request.target = lines.value(0).split(' ').value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    m_requests.append(request);

    const QString key = routeKey(QString::fromUtf8(request.target));
    Response response;
    if (const auto it = m_routes.constFind(key); it != m_routes.cend() && !it->isEmpty()) {
        int& served = m_served[key];
        response = it->at(qMin<qsizetype>(served, it->size() - 1));
        ++served;
    } else {
        response = json(R"({"message":"Not Found"})", 404);
        response.reason = "Not Found";
    }
    if (response.fault == Response::Fault::NeverAnswer)
        return;
    if (response.fault == Response::Fault::CloseAtOnce) {
        socket->disconnectFromHost();
        return;
    }
    const QByteArray etag = response.header("ETag");
    if (!etag.isEmpty() && request.headers.value("if-none-match") == etag && response.status == 200) {
        Response unchanged;
        unchanged.status = 304;
        unchanged.reason = "Not Modified";
        unchanged.setHeader("ETag", etag);
        for (const char* keep : {"X-RateLimit-Remaining", "X-RateLimit-Reset"})
            if (!response.header(keep).isEmpty())
                unchanged.setHeader(keep, response.header(keep));
        response = unchanged;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
    for (const auto& [name, value] : std::as_const(response.headers))
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    if (response.fault == Response::Fault::CutBody) {
        out += response.body.left(response.cutAfter);
        socket->write(out);
        socket->disconnectFromHost(); // mid-body: the client sees the connection end early
        return;
    }
    out += response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace rapport::test
