// Anchors the compiled catalogues (:/i18n/dcsdesk_xx.qm) in a library every executable links.
namespace dcsdesk {
int i18nAnchor()
{
    return 0;
}
} // namespace dcsdesk
