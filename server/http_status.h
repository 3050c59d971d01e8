// The single mapping from core Status codes to HTTP, and the JSON error response every handler uses.
#ifndef WIEWEET_SERVER_HTTP_STATUS_H_
#define WIEWEET_SERVER_HTTP_STATUS_H_

#include <string>

#include "http_types.h"
#include "wieweet/status.h"

namespace wieweet::server {

unsigned http_status_for(StatusCode code);

// {"error":{"code","message"[,"parameter"]}} with the given HTTP status.
HttpResponse error_response(unsigned http_status, const std::string& code, const std::string& message,
                            const std::string& parameter = "");

// The one mapping of a core Status to a response: the HTTP status from http_status_for(), the code
// from status_code_name(). The client sees the message only for its own mistakes (4xx), with the
// request `parameter` it concerns if given; server-side failures get a generic message, the details
// belong in the log (the caller logs `status`).
HttpResponse error_response(const Status& status, const std::string& parameter = "");

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_HTTP_STATUS_H_
