#pragma once

#include "warta/article/article.h"
#include "warta/cite/cite_article.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace warta {

/// One installed CSL style, as the chooser lists it.
struct CitationStyle {
    QString id;    ///< file name without ".csl" ("apa")
    QString title; ///< "American Psychological Association 7th edition"
    /// The style's own default-locale ("en-GB"); empty when it sets none or
    /// when the style was only listed, not read.
    QString defaultLocale;
};

/// A formatted piece of a citation, ready for the clipboard.
struct FormattedCitation {
    QString html;
    QString text;
};

/// What "Copy citation" needs: the reference-list entry, and the in-text
/// citation (or first footnote, for note styles), pinned to a paragraph when
/// one was asked for.
struct CitationResult {
    FormattedCitation reference;
    FormattedCitation inText;
};

enum class ReferenceFormat {
    BibTeX,
    Ris,
    CslJson
};

/// Where citations come from. The viewer talks only to this interface, so the
/// CSL processor of the core can be swapped in (or be missing) without the
/// window caring.
class CitationSource {
public:
    virtual ~CitationSource() = default;

    /// Every style the chooser may offer.
    virtual QList<CitationStyle> styles() const = 0;

    /// One style's title and default-locale, or nothing when it is not
    /// installed. The default looks the id up in styles().
    virtual std::optional<CitationStyle> describeStyle(const QString &styleId) const;

    /// The citation of the article in a style and locale ("id-ID"), the
    /// in-text part optionally pinned to a paragraph or a quote (1-based). On
    /// failure returns nothing and sets `error` to a sentence for the reader.
    virtual std::optional<CitationResult> cite(const Article &article, const QString &styleId,
                                               const QString &locale, const Pinpoint &pinpoint,
                                               QString *error) const = 0;

    /// The reference as BibTeX, RIS or CSL-JSON.
    virtual std::optional<QString> exportReference(const Article &article, ReferenceFormat format,
                                                   QString *error) const = 0;

    /// The citation of a library item given as CSL-JSON (Library::cslJson),
    /// pinned to a paragraph (1-based) when one is given: what "copy with
    /// citation" of a quote found in the library needs, without reading its
    /// file again. The default says it cannot.
    virtual std::optional<CitationResult> citeItem(const std::string &cslJson, const QString &styleId,
                                                   const QString &locale, std::optional<int> paragraph,
                                                   QString *error) const;

    /// The reference list of several items (CSL-JSON each), sorted and
    /// numbered as the style wants it. The default says it cannot.
    virtual std::optional<FormattedCitation> referenceList(const std::vector<std::string> &cslJson,
                                                           const QString &styleId, const QString &locale,
                                                           QString *error) const;
};

/// The locale a citation is written in: the reader's choice (`chosen`), else
/// the style's own default-locale, else the interface's (`interfaceLocale`).
/// The CLI does the same minus the interface, so a style with its own locale
/// reads the same in both.
QString effectiveCitationLocale(const QString &chosen, const QString &styleDefault,
                                const QString &interfaceLocale);

/// The source this build provides (the core's CSL processor when it is there).
std::unique_ptr<CitationSource> makeCitationSource();

/// Every installed CSL style, as the core lists them, sorted as sortStyles() does.
QList<CitationStyle> installedStyles();

/// The five common styles (APA 7, MLA, Chicago, Harvard, IEEE) first, then
/// the rest by title.
void sortStyles(QList<CitationStyle> &styles);

/// The styles listed first, by id.
QStringList preferredStyleIds();

} // namespace warta
