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

} // namespace warta
