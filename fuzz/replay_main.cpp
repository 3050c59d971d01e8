// Replays fuzz inputs without libFuzzer, so the seed corpora and the crash inputs found so far run as
// ordinary tests in every build (g++ included):
//   <name>_replay DIR...
// runs LLVMFuzzerInitialize once, then LLVMFuzzerTestOneInput on every file in each DIR (sorted,
// names starting with '.' skipped). A crash or a sanitizer report ends the process as it would under
// libFuzzer; a missing directory, an unreadable file or no input at all exits 1.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) __attribute__((weak));

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " DIR...\n";
    return 1;
  }
  if (LLVMFuzzerInitialize != nullptr) LLVMFuzzerInitialize(&argc, &argv);

  std::size_t replayed = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path dir = argv[i];
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      std::cerr << "not a directory: " << dir << "\n";
      return 1;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename().string().rfind('.', 0) != 0) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      std::ifstream in(file, std::ios::binary);
      const std::vector<char> bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      if (in.bad()) {
        std::cerr << "cannot read " << file << "\n";
        return 1;
      }
      // A copy of exactly the input's size, so ASan sees a read past its end as libFuzzer would.
      std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
      LLVMFuzzerTestOneInput(input.data(), input.size());
      ++replayed;
    }
    std::cout << dir.string() << ": " << files.size() << " inputs\n";
  }
  if (replayed == 0) {
    std::cerr << "no inputs to replay\n";
    return 1;
  }
  std::cout << "replayed " << replayed << " inputs without a finding\n";
  return 0;
}
