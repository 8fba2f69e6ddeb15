; Inno Setup script of the judging desk for Windows (docs/building.md).
; Build the program first (packaging\judging-desk.spec gives dist\judging-desk\), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\judging-desk.iss
; The installer goes to dist\judging-desk-setup.exe. It installs for the current user only
; (no administrator rights needed on a judge's laptop), adds a Start menu entry, and opens
; judge kits (*.judgekit) with the program on a double-click.

#define AppName "Bàn chấm giải"
#define AppVersion "0.1.0"
#define AppExe "judging-desk.exe"

[Setup]
AppId={{6C7B5A84-3E0F-4C54-9A1E-5D2F1B7C9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh
DefaultDirName={localappdata}\Programs\judging-desk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=judging-desk-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\judging-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Hướng dẫn giám khảo"; Filename: "{app}\_internal\docs\huong-dan-giam-khao.md"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
; Judge kits open in judge mode on a double-click: .judgekit → JudgingDesk.Kit → judging-desk.exe --kit "file"
Root: HKCU; Subkey: "Software\Classes\.judgekit"; ValueType: string; ValueName: ""; ValueData: "JudgingDesk.Kit"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\JudgingDesk.Kit"; ValueType: string; ValueName: ""; ValueData: "Bộ hồ sơ giám khảo"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\JudgingDesk.Kit\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\JudgingDesk.Kit\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --kit ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
