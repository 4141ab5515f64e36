"""motcua — electronic one-stop-shop (một cửa, một cửa liên thông) for Vietnamese administrative procedures."""

__version__ = "0.1.0"
