#include "warta/common/error.h"

namespace warta {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage:
        return "usage";
    case ErrorCode::NotFound:
        return "not-found";
    case ErrorCode::NotAFile:
        return "not-a-file";
    case ErrorCode::PermissionDenied:
        return "permission-denied";
    case ErrorCode::ReadFailed:
        return "read-failed";
    case ErrorCode::EmptyFile:
        return "empty-file";
    case ErrorCode::NotHtml:
        return "not-html";
    case ErrorCode::TooLarge:
        return "too-large";
    case ErrorCode::BadEncoding:
        return "bad-encoding";
    case ErrorCode::BadContainer:
        return "bad-container";
    case ErrorCode::NotAnArticle:
        return "not-an-article";
    case ErrorCode::LimitExceeded:
        return "limit-exceeded";
    case ErrorCode::StyleNotFound:
        return "style-not-found";
    case ErrorCode::BadStyle:
        return "bad-style";
    case ErrorCode::BadInput:
        return "bad-input";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

} // namespace warta
