from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render


def home(request):
    return render(request, "portal/home.html")


@login_required
def after_login(request):
    """Officials go to their back office, citizens and businesses to the portal."""
    if request.user.is_official:
        return redirect("office:dashboard")
    return redirect("portal:home")
