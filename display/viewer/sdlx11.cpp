// Xlib's headers define Status, Bool, None...: kept away from every Qt header.
#include <SDL.h>
#include <SDL_syswm.h>

struct SDL_Window;

namespace DisplayChannel {

int sdlX11ConnectionFd(SDL_Window *window)
{
#if defined(SDL_VIDEO_DRIVER_X11)
    SDL_SysWMinfo info;
    SDL_VERSION(&info.version);
    if (SDL_GetWindowWMInfo(window, &info) && info.subsystem == SDL_SYSWM_X11)
        return ConnectionNumber(info.info.x11.display);
#else
    (void)window;
#endif
    return -1;
}

} // namespace DisplayChannel
