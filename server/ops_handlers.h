// Operational endpoints for load balancers and monitoring (docs/operations.md).
#ifndef WIEWEET_SERVER_OPS_HANDLERS_H_
#define WIEWEET_SERVER_OPS_HANDLERS_H_

#include "http_types.h"
#include "services.h"

namespace wieweet::server {

// GET /healthz: 200 while the process serves HTTP at all.
HttpResponse handle_healthz(const HttpRequest& request, Services& services);
// GET /readyz: 200 with index facts once an index can be searched, else 503.
HttpResponse handle_readyz(const HttpRequest& request, Services& services);
// GET /metrics: Prometheus text format.
HttpResponse handle_metrics(const HttpRequest& request, Services& services);

}  // namespace wieweet::server

#endif  // WIEWEET_SERVER_OPS_HANDLERS_H_
