// PDF text through poppler-cpp: the same text layer a PDF viewer copies from.
#include <limits>
#include <memory>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "ingest/sources/document_files.h"

namespace wieweet {
namespace {

std::string utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Poppler writes what it repairs in broken files to stderr; the indexer reports the outcome itself.
void ignore_poppler_message(const std::string&, void*) {}

}  // namespace

Result<FileText> extract_pdf(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
    return Status::invalid_argument("PDF too large");
  }
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  // The document reads from `bytes` in place; it lives only within this call.
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return Status::invalid_argument("not a readable PDF (damaged, or not a PDF at all)");
  if (document->is_locked()) return Status::invalid_argument("the PDF is encrypted with a password");
  FileText text;
  text.title = utf8(document->get_title());
  for (int i = 0; i < document->pages(); ++i) {
    std::unique_ptr<poppler::page> page(document->create_page(i));
    if (!page) continue;
    text.body += utf8(page->text());
    text.body += '\n';
  }
  return text;
}

}  // namespace wieweet
