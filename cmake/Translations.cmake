# Translations: one .ts file per language in resources/translations, covering every source
# of the core, the widgets and the executables. `cmake --build build --target
# update_translations` refreshes the .ts files with lupdate; the build compiles them with
# lrelease and embeds the .qm files as resources under :/i18n in both executables.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

function(paneldesk_add_translations gui_target cli_target)
    file(GLOB ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/translations/*.ts)
    file(GLOB_RECURSE translated_sources CONFIGURE_DEPENDS
         ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
         ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
         ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
    # no text to translate, and lupdate takes many minutes over the Boost headers it includes
    list(FILTER translated_sources EXCLUDE REGEX "/models/analysis/ChiSquare\\.cpp$")
    # paneldesk_en.ts holds only the English plural forms ("1 team", "5 teams") and is
    # updated with lupdate -pluralonly (docs/translations.md), not by this target
    set(lupdate_ts_files ${ts_files})
    list(FILTER lupdate_ts_files EXCLUDE REGEX "_en\\.ts$")
    qt_add_lupdate(${gui_target} TS_FILES ${lupdate_ts_files} SOURCES ${translated_sources}
                   OPTIONS -no-obsolete -locations none)
    qt_add_lrelease(${gui_target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)
    foreach(target IN ITEMS ${gui_target} ${cli_target})
        qt_add_resources(${target} ${target}_translations PREFIX /i18n
                         BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${qm_files})
    endforeach()
    add_dependencies(${cli_target} ${gui_target}_lrelease)
    set_property(GLOBAL PROPERTY PANELDESK_QM_FILES ${qm_files})
    set_property(GLOBAL PROPERTY PANELDESK_QM_DIR ${CMAKE_CURRENT_BINARY_DIR})
    set_property(GLOBAL PROPERTY PANELDESK_QM_TARGET ${gui_target}_lrelease)
endfunction()

# Embeds the compiled translations in a test executable (GUI tests switch languages).
function(paneldesk_embed_translations target)
    get_property(qm_files GLOBAL PROPERTY PANELDESK_QM_FILES)
    get_property(qm_dir GLOBAL PROPERTY PANELDESK_QM_DIR)
    get_property(qm_target GLOBAL PROPERTY PANELDESK_QM_TARGET)
    qt_add_resources(${target} ${target}_translations PREFIX /i18n BASE ${qm_dir} FILES ${qm_files})
    add_dependencies(${target} ${qm_target})
endfunction()
