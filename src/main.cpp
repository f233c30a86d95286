#include "budgetcheck/cli/app.hpp"

int main(int argc, char** argv) {
  return budgetcheck::run_cli(argc, argv);
}
