#include "query_string.h"

#include <gtest/gtest.h>

#include "request_params.h"

namespace wieweet::server {
namespace {

TEST(ParseQueryString, DecodesPairsInOrder) {
  auto params = parse_query_string("q=co%C3%B6rdinator+rooster&school=A&school=B&flag&=x");
  ASSERT_TRUE(params.ok());
  const QueryParams expected = {{"q", "coördinator rooster"}, {"school", "A"}, {"school", "B"}, {"flag", ""}, {"", "x"}};
  EXPECT_EQ(params.value(), expected);
}

TEST(ParseQueryString, RejectsBadEscapesAndInvalidUtf8) {
  for (const char* query : {"q=%", "q=%4", "q=%ZZ", "q=%C3%28", "q=%C0%80", "q=%ED%A0%80", "q=%F4%90%80%80", "q=\xFF"}) {
    auto params = parse_query_string(query);
    EXPECT_FALSE(params.ok()) << query;
    if (!params.ok()) {
      EXPECT_EQ(params.status().code(), StatusCode::kInvalidArgument);
    }
  }
}

TEST(DecodePath, KeepsPlusSigns) {
  EXPECT_EQ(decode_path("/a+b%20c").value(), "/a+b c");
}

TEST(IsValidUtf8, AcceptsAllPlanes) {
  EXPECT_TRUE(is_valid_utf8("plain"));
  EXPECT_TRUE(is_valid_utf8("coördinator ĳ € 𝄞"));
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));  // truncated
}

// Issue 11 (query_string fuzzer): the trailing space of typed text took it one byte past max_bytes.
TEST(RequestParams, TypedTextStaysWithinItsLimit) {
  RequestParams params;
  ASSERT_FALSE(RequestParams::parse("q=" + std::string(10, 'a') + "+", {"q"}, {}, &params));
  std::string typed;
  ASSERT_FALSE(params.typed_text("q", 10, &typed));
  EXPECT_EQ(typed, std::string(10, 'a'));
  ASSERT_FALSE(params.typed_text("q", 11, &typed));
  EXPECT_EQ(typed, std::string(10, 'a') + " ");  // below the limit the finished word is kept
}

}  // namespace
}  // namespace wieweet::server
