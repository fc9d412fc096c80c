#include "cli_run.h"

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

std::string slurp(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

Run cli(const std::vector<std::string> &args, const std::string &environment)
{
    const fs::path folder = fs::temp_directory_path();
    const std::string tag = std::to_string(::getpid());
    const fs::path out = folder / ("warta-cli-out-" + tag), err = folder / ("warta-cli-err-" + tag);
    std::string command = environment + quoted(WARTA_CLI);
    for (const auto &arg : args)
        command += " " + quoted(arg);
    command += " >" + quoted(out.string()) + " 2>" + quoted(err.string());
    const int status = std::system(command.c_str());
    Run run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(out);
    run.err = slurp(err);
    fs::remove(out);
    fs::remove(err);
    return run;
}

std::string fixture(const std::string &relative)
{
    return (fs::path(WARTA_FIXTURE_DIR) / relative).string();
}
