// SPDX-License-Identifier: MIT
#include "translations.h"

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/translation.h>

namespace summitry::gui {

bool init_translations(const std::string& lang) {
    static const bool paths = [] {
        // The build tree first (running from build-gui), then the installed prefix.
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(SUMMITRY_BUILD_LOCALE_DIR);
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(SUMMITRY_INSTALL_LOCALE_DIR);
        return true;
    }();
    (void)paths;
    wxLogNull quiet;  // a missing catalog is not an error: the interface stays in English
    auto* translations = new wxTranslations;
    wxTranslations::Set(translations);  // owns it; deletes the previous one
    if (lang.empty()) translations->SetLanguage(wxLANGUAGE_DEFAULT);
    else translations->SetLanguage(wxString::FromUTF8(lang));
    translations->AddStdCatalog();  // wxWidgets' own strings (stock buttons, dialogs)
    return translations->AddCatalog("summitry");
}

}  // namespace summitry::gui
