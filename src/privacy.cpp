#include "wieweet/privacy.h"

namespace wieweet {

bool may_be_shown(const Person& person) { return person.visibility != Visibility::kHidden; }

Person redact_for_index(Person person) {
  // What the index never holds, no response can leak: contact details of non-public people are
  // dropped here, before storage, rather than filtered at every place that renders a person.
  if (person.visibility != Visibility::kPublic) {
    person.email.clear();
    person.phone.clear();
  }
  return person;
}

}  // namespace wieweet
