// The single place that decides what of a person may be stored in the index and shown to anyone.
// Rules: hidden people are never indexed (so no query can return them); email and phone are kept only
// for people whose visibility is "public".
#ifndef WIEWEET_PRIVACY_H_
#define WIEWEET_PRIVACY_H_

#include "wieweet/records.h"

namespace wieweet {

// Whether the person may be indexed and returned at all.
bool may_be_shown(const Person& person);

// The person as the index may store it: contact fields removed unless public.
// REQUIRES: may_be_shown(person).
Person redact_for_index(Person person);

}  // namespace wieweet

#endif  // WIEWEET_PRIVACY_H_
