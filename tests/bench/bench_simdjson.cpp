// The floor for loading a workspace: simdjson reads and parses the same file (DOM parser, every
// value materialised), the median of several runs, printed as a FIGURE line for tools/bench.sh.
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE.json [RUNS]\n", argv[0]);
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    simdjson::dom::parser parser;
    std::vector<double> times;
    size_t elements = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        simdjson::padded_string json;
        if (simdjson::padded_string::load(argv[1]).get(json) != simdjson::SUCCESS) {
            std::fprintf(stderr, "%s could not be read\n", argv[1]);
            return 1;
        }
        simdjson::dom::element doc;
        const auto error = parser.parse(json).get(doc);
        if (error) {
            std::fprintf(stderr, "%s: %s\n", argv[1], simdjson::error_message(error));
            return 1;
        }
        const auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        elements = doc.is_object() ? 1 : 0;
    }
    std::sort(times.begin(), times.end());
    std::printf("FIGURE simdjson_parse %.2f\n", times[times.size() / 2]);
    return elements == 1 ? 0 : 1;
}
