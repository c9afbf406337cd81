#include "apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dcsdesk {

QString AppPaths::dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::sampleWorkspacePath()
{
    return dataDir() + QStringLiteral("/sample-workspace.json");
}

QString AppPaths::ensureSampleWorkspace(QString *error)
{
    const QString target = sampleWorkspacePath();
    if (QFile::exists(target))
        return target;
    if (!QDir().mkpath(dataDir())) {
        if (error)
            *error = QCoreApplication::translate("AppPaths", "The folder %1 could not be created.")
                         .arg(QDir::toNativeSeparators(dataDir()));
        return {};
    }
    return writeLocalizedSample(target, error) ? target : QString();
}

bool AppPaths::writeLocalizedSample(const QString &target, QString *error)
{
    QFile source(bundledSamplePath());
    QJsonObject root;
    if (source.open(QIODevice::ReadOnly))
        root = QJsonDocument::fromJson(source.readAll()).object();
    // The names the sample's tool (tools/make_sample_workspace.py) gives, and their words.
    const QHash<QString, QString> words{
        {QStringLiteral("Sample account"),
         QCoreApplication::translate("AppPaths", "Sample account")},
        {QStringLiteral("Sample (local sandbox)"),
         QCoreApplication::translate("AppPaths", "Sample (local sandbox)")},
        {QStringLiteral("Production US West"),
         QCoreApplication::translate("AppPaths", "Production US West")},
        {QStringLiteral("Production Europe (ECID)"),
         QCoreApplication::translate("AppPaths", "Production Europe (ECID)")},
    };
    const auto word = [&words](const QJsonValue &name) {
        return words.value(name.toString(), name.toString());
    };
    root.insert(QStringLiteral("name"), word(root.value(QStringLiteral("name"))));
    QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        QJsonObject profile = profiles.at(i).toObject();
        profile.insert(QStringLiteral("name"), word(profile.value(QStringLiteral("name"))));
        profiles.replace(i, profile);
    }
    root.insert(QStringLiteral("profiles"), profiles);
    QSaveFile file(target);
    if (root.isEmpty() || !file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("AppPaths",
                                                 "The sample workspace could not be copied to %1.")
                         .arg(QDir::toNativeSeparators(target));
        return false;
    }
    return true;
}

} // namespace dcsdesk
