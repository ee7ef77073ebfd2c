header-quick-exit = Q
