#include "http_status.h"

#include "json_writer.h"

namespace wieweet::server {

unsigned http_status_for(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kUnavailable:
    case StatusCode::kBusy:
    case StatusCode::kDeadlineExceeded: return 503;
    case StatusCode::kIndexError:
    case StatusCode::kIoError:
    case StatusCode::kInternal: return 500;
  }
  return 500;
}

HttpResponse error_response(unsigned http_status, const std::string& code, const std::string& message,
                            const std::string& parameter) {
  HttpResponse response;
  response.status = http_status;
  response.body = error_json(code, message, parameter);
  response.headers.emplace_back("Cache-Control", "no-store");
  return response;
}

HttpResponse error_response(const Status& status, const std::string& parameter) {
  const unsigned http_status = http_status_for(status.code());
  std::string message = status.message();
  if (status.code() == StatusCode::kUnavailable) message = "the search index is not available yet; try again shortly";
  if (http_status >= 500 && http_status != 503) message = "internal error; the details are in the server log";
  return error_response(http_status, status_code_name(status.code()), message,
                       http_status == 400 ? parameter : std::string());
}

}  // namespace wieweet::server
