// CSV reader and the mapping import dry run: any bytes give records or an error and a per-row
// report, never a crash; what was read writes and reads back to the same records; what the dry
// run plans applies and undoes cleanly.
#include "csv/csv.h"
#include "csv/mappingcsv.h"
#include "segments/segmentimport.h"
#include "workspace/workspacedocument.h"
#include "workspace/workspaceserializer.h"

#include <cstdlib>

namespace {

dcsdesk::Workspace smallWorkspace()
{
    using namespace dcsdesk;
    Workspace ws;
    for (int i = 1; i <= 5; ++i) {
        Segment s;
        s.sid = i;
        s.name = QStringLiteral("s%1").arg(i);
        ws.segments.append(s);
    }
    Destination url;
    url.id = 1;
    url.name = QStringLiteral("url");
    url.serialized = true;
    ws.destinations.append(url);
    Destination cookie;
    cookie.id = 2;
    cookie.name = QStringLiteral("cookie");
    cookie.type = Destination::Type::Cookie;
    cookie.cookieFormat = Destination::CookieFormat::MultiKey;
    ws.destinations.append(cookie);
    SegmentMapping m;
    m.id = 1;
    m.destinationId = 1;
    m.sid = 1;
    m.value = QStringLiteral("1");
    m.startDate = QDate(2026, 1, 1);
    ws.mappings.append(m);
    ws.rebuildIndex();
    return ws;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    using namespace dcsdesk;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const CsvTable table = Csv::parse(bytes);
    if (table.error.isEmpty()) {
        const CsvTable again = Csv::parse(Csv::write(table.records, table.delimiter),
                                          table.delimiter);
        if (!again.error.isEmpty() || again.records != table.records)
            std::abort();
    }
    static const Workspace ws = smallWorkspace();
    const MappingCsv::ImportPlan plan = MappingCsv::planImport(ws, bytes, {});
    if (!plan.report.fileError.isEmpty() && !plan.report.rows.isEmpty())
        std::abort();
    if (plan.complete() && !plan.changes.isEmpty()) {
        WorkspaceDocument doc;
        doc.reset(ws);
        const QByteArray before = WorkspaceSerializer::toJson(doc.workspace());
        doc.apply(plan.changes, QStringLiteral("import"));
        doc.undo();
        if (WorkspaceSerializer::toJson(doc.workspace()) != before)
            std::abort();
    }
    SegmentImport::planCsv(ws, bytes);
    SegmentImport::planAamJson(ws, bytes);
    return 0;
}
