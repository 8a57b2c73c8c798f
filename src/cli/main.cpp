#include <cstdio>

int main()
{
    std::puts("glidepath-cli");
    return 0;
}
