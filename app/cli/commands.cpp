#include "cli/commands.h"

#include <QtGlobal>

#include <array>

namespace plens::cli {

// Subcommands are declared here and defined each in its own cmd_*.cpp file.

std::span<const Command> commands()
{
    static const std::array<Command, 0> all {};
    return all;
}

} // namespace plens::cli
