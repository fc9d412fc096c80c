#include "warta/article/article.h"

namespace warta {

std::string_view authorRoleName(AuthorRole role)
{
    switch (role) {
    case AuthorRole::Reporter:
        return "reporter";
    case AuthorRole::Writer:
        return "writer";
    case AuthorRole::Editor:
        return "editor";
    case AuthorRole::Photographer:
        return "photographer";
    case AuthorRole::Contributor:
        return "contributor";
    }
    return "reporter";
}

std::string_view containerName(Container container)
{
    switch (container) {
    case Container::Html:
        return "html";
    case Container::Mhtml:
        return "mhtml";
    case Container::SingleFile:
        return "singlefile";
    }
    return "html";
}

} // namespace warta
