// Decoding of request targets: percent-decoding, '+' as space, and UTF-8 validation, so handlers only
// ever see valid text.
#ifndef WIEWEET_SERVER_QUERY_STRING_H_
#define WIEWEET_SERVER_QUERY_STRING_H_

#include <string>
#include <string_view>

#include "http_types.h"
#include "wieweet/status.h"
#include "wieweet/text_analysis.h"  // is_valid_utf8

namespace wieweet::server {

// Splits "a=1&b=x%20y" into decoded pairs. Errors (InvalidArgument): a bad %-escape or invalid UTF-8.
Result<QueryParams> parse_query_string(std::string_view query);

// Decodes %-escapes in a path ('+' stays '+'). Errors as above.
Result<std::string> decode_path(std::string_view path);


}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_QUERY_STRING_H_
