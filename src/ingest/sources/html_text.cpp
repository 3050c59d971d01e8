// HTML text through libxml2's HTML parser (a real, error-recovering parser, as browsers are): text
// nodes of the body, without scripts, styles and the head; the <title>, else the first <h1>.
#include <cstring>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "ingest/sources/document_files.h"
#include "wieweet/text_analysis.h"

namespace wieweet {
namespace {

bool named(const xmlNode* node, const char* name) {
  return node->name != nullptr && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

// Elements whose content is not text for people to read.
bool is_skipped(const xmlNode* node) {
  return named(node, "script") || named(node, "style") || named(node, "noscript") || named(node, "template") ||
         named(node, "head");
}

// Elements after which the text reads as a new line.
bool is_block(const xmlNode* node) {
  static const char* const kBlocks[] = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                                        "section", "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol"};
  for (const char* block : kBlocks) {
    if (named(node, block)) return true;
  }
  return false;
}

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  std::string text = content != nullptr ? reinterpret_cast<const char*>(content) : "";
  xmlFree(content);
  return text;
}

void collect(xmlNode* node, FileText* out, std::string* first_h1) {
  for (xmlNode* child = node; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) {
      if (named(child, "title") && out->title.empty()) out->title = node_text(child);
      if (is_skipped(child)) continue;
      if (named(child, "h1") && first_h1->empty()) *first_h1 = node_text(child);
      collect(child->children, out, first_h1);
      if (is_block(child)) out->body += '\n';
    } else if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      if (child->content != nullptr) out->body += reinterpret_cast<const char*>(child->content);
    }
  }
}

}  // namespace

Result<FileText> extract_html(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  // libxml2 assumes Latin-1 when a page declares no charset; most pages today are UTF-8 and say
  // nothing, so valid UTF-8 is read as UTF-8 and anything else left to libxml2's detection.
  const char* encoding = is_valid_utf8(bytes) ? "UTF-8" : nullptr;
  htmlDocPtr doc = htmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc == nullptr) return Status::invalid_argument("not readable as HTML");
  FileText text;
  std::string first_h1;
  // <title> lives in the head, which collect() skips: look for it first.
  for (xmlNode* node = xmlDocGetRootElement(doc); node != nullptr; node = node->next) {
    for (xmlNode* part = node->children; part != nullptr; part = part->next) {
      if (part->type != XML_ELEMENT_NODE || !named(part, "head")) continue;
      for (xmlNode* item = part->children; item != nullptr; item = item->next) {
        if (item->type == XML_ELEMENT_NODE && named(item, "title")) text.title = node_text(item);
      }
    }
  }
  collect(xmlDocGetRootElement(doc), &text, &first_h1);
  xmlFreeDoc(doc);
  if (trim_blanks(text.title).empty()) text.title = first_h1;
  if (!is_valid_utf8(text.body)) return Status::invalid_argument("the text is not valid UTF-8 after decoding");
  return text;
}

}  // namespace wieweet
