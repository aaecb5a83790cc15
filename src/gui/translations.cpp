// SPDX-License-Identifier: MIT
#include "translations.h"

#include <wx/intl.h>
#include <wx/log.h>
#include <wx/translation.h>

#include "util/i18n.h"

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
    if (lang.empty())
        translations->SetLanguage(wxLANGUAGE_DEFAULT);
    else
        translations->SetLanguage(wxString::FromUTF8(lang));
    translations->AddStdCatalog();  // wxWidgets' own strings (stock buttons, dialogs)
    const bool found = translations->AddCatalog("summitry");
    // The core's messages (conflicts, refused edits) come from the same catalog (util/i18n.h).
    // GetTranslatedString rather than wxGetTranslation: a miss adds nothing to a static set,
    // so the lookup only reads and may run on any thread. A miss or no catalog: English.
    if (found) {
        set_translator([](std::string_view msgid) -> std::string {
            const wxTranslations* t = wxTranslations::Get();
            const wxString* s = t ? t->GetTranslatedString(
                                        wxString::FromUTF8(msgid.data(), msgid.size()), "summitry")
                                  : nullptr;
            if (s == nullptr) return {};
            const wxScopedCharBuffer utf8 = s->utf8_str();
            return std::string(utf8.data(), utf8.length());
        });
    } else {
        set_translator({});
    }
    return found;
}

}  // namespace summitry::gui
