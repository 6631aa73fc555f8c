"""The domain and its storage. No Qt import anywhere below this package, ever."""
