#pragma once

// Running the built warta-cli from a test: its output, its exit code.

#include <filesystem>
#include <string>
#include <vector>

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::filesystem::path &path);

/// The text quoted for sh: '…' with every ' escaped.
std::string quoted(const std::string &text);

/// Runs warta-cli with `args`; `environment` is put before the command
/// ("XDG_DATA_HOME='/tmp/x' ").
Run cli(const std::vector<std::string> &args, const std::string &environment = "");

/// A file of the fixtures folder.
std::string fixture(const std::string &relative);
