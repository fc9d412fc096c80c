#include "citation_source.h"

#include <QCoreApplication>

namespace warta {
namespace {

// Stands in until the core's CSL processor is part of the build: it says so
// instead of guessing at a style by hand.
class MissingCitationSource final : public CitationSource {
public:
    bool isAvailable() const override { return false; }

    std::optional<FormattedCitation> cite(const Article &, const QString &, const QString &,
                                          std::optional<int>, QString *error) const override
    {
        if (error) *error = unavailable();
        return std::nullopt;
    }

    std::optional<QString> exportReference(const Article &, ReferenceFormat, QString *error) const override
    {
        if (error) *error = unavailable();
        return std::nullopt;
    }

private:
    static QString unavailable()
    {
        return QCoreApplication::translate("warta::Citations",
                                           "This build of Warta has no citation processor.");
    }
};

} // namespace

std::unique_ptr<CitationSource> makeCitationSource()
{
    return std::make_unique<MissingCitationSource>();
}

} // namespace warta
