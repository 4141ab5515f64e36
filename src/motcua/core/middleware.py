class VietnameseFirstMiddleware:
    """Vietnamese unless the user chose another language with the switch (the language cookie).

    The browser's Accept-Language is ignored on purpose: officials and citizens often use
    browsers set to English, and the one-stop shop must still speak Vietnamese to them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return self.get_response(request)
